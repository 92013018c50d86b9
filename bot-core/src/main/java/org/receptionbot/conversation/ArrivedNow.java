package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * People said to have arrived as the message is sent ("那三个人到了", "3个队员已经到酒店了", "到齐了"),
 * read from its words so that the report can be tied to an arrival already reported or planned.
 * The parser reads some of these as no record at all (the contract gives none for "那三个人到了"),
 * so the chat reads the words itself; it never records from them alone.
 *
 * @param count the figure said, or null
 * @param all everyone expected is said to be there (到齐)
 */
record ArrivedNow(Integer count, boolean all) {
    private static final Pattern DONE = Pattern.compile("(已经?|刚刚?|都)(到|抵达|到达)|(到|抵达|到达)(了|啦|齐)|到齐|(人|员)齐了");
    /** Still to come, asked, a clock time, a vehicle, or 到 in another verb (收到了, 拿到了). */
    private static final Pattern NOT_SO =
            Pattern.compile("没|未|快到|马上|就到|要到|预计|明天|后天|明早|明晚|吗|？|\\?|[0-9一二三四五六七八九十]点|车" + "|[收拿找接遇送看听想做得轮迟签报]到|到位");

    private static final Pattern PEOPLE = Pattern.compile("([0-9]{1,3}|[一二两俩三四五六七八九十]{1,3})\\s*(个人|个|人|位|名)");
    private static final Pattern WHO = Pattern.compile("人|队员|运动员|同志|我们|大家|都");

    /** A train (G1502) or a flight (CZ3456), as the parser reads them. */
    private static final Pattern TRANSPORT =
            Pattern.compile("(?<![A-Za-z0-9])(?:[GDCKTZ]\\d{1,4}|(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4})(?![0-9])");

    /** The train or flight {@code text} names ("到了 坐的G1502"), if one. */
    static Optional<String> transport(String text) {
        Matcher m = TRANSPORT.matcher(text.toUpperCase(java.util.Locale.ROOT));
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** What {@code text} says of people who have just arrived, if it says so of people. */
    static Optional<ArrivedNow> read(String text) {
        if (!said(text)) return Optional.empty();
        Matcher m = PEOPLE.matcher(text);
        Integer count = m.find() ? Numbers.read(m.group(1)).orElse(null) : null;
        boolean all = text.contains("到齐") || text.contains("齐了");
        if (count == null && !all && !WHO.matcher(text).find()) return Optional.empty();
        return Optional.of(new ArrivedNow(count, all));
    }

    /** The one arrival of today an understood message reports as done, with no later time or part of the day. */
    static Optional<Arrival> arrival(ParseOutcome outcome, String text, LocalDateTime now) {
        if (!(outcome instanceof ParseOutcome.Understood u) || u.records().size() != 1) return Optional.empty();
        if (!(u.records().get(0) instanceof Arrival a) || !a.date().equals(now.toLocalDate()) || a.part() != null)
            return Optional.empty();
        boolean later = a.time() != null && a.time().isAfter(now.toLocalTime());
        return later || !said(text) ? Optional.empty() : Optional.of(a);
    }

    /** {@code a} at the report's minute: its people count from the next serving. */
    static Arrival at(Arrival a, LocalDateTime now) {
        return new Arrival(a.delegation(), now.toLocalDate(), now.toLocalTime(), a.count(), a.transport());
    }

    /** Whether {@code text} says an arrival as done, with nothing saying it is still to come. */
    static boolean said(String text) {
        return DONE.matcher(text).find() && !NOT_SO.matcher(text).find();
    }
}
