package org.receptionbot.parse;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/**
 * The words left after a meal's figure that only say the team eats, then leaves ("兵团中午25个 吃完12点出发", "重庆中午44
 * 吃完走", "四川中午40 吃完出发"): no part left unread. With no hour, the leaving is the departure already on record or
 * planned, nothing of its own; with an hour, the message is read as if said with 走 ("吃完12点走"), which gives the
 * departure at that hour, and a reading with no departure keeps the question.
 */
final class EatThenLeaveRest {
    private static final String CLOCK =
            "(?:上午|中午|下午|晚上)?(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：]\\d{2}|点(?:半|\\d{1,2}分?|[一二三四五]十分?)?)";
    private static final Pattern REST = Pattern.compile("^[\\s，,]*吃(?:完|了|好|过)(?:饭|午饭|中饭|早饭|晚饭)?(?:了)?(?:以后|之后|后)?"
            + "(?:再|就|直接)?\\s*(?<clock>" + CLOCK + ")?\\s*(?:再|就)?(?<verb>走|出发|离开|动身)(?:了|吧|哈)?[\\s，,。!！~～]*$");

    private EatThenLeaveRest() {}

    /**
     * The reading of the whole {@code text} when {@code rest}, after the part read as {@code read}, is eating then
     * leaving: {@code read} itself with no hour said, else {@code text} read with 走 for its verb when that gives a
     * departure; empty otherwise.
     */
    static Optional<ParseOutcome> read(
            ParseOutcome read, String text, String rest, Function<String, ParseOutcome> reader) {
        Matcher m = REST.matcher(rest);
        if (!m.matches()) return Optional.empty();
        if (m.group("clock") == null) return Optional.of(read);
        if ("走".equals(m.group("verb"))) return Optional.empty();
        int at = text.length() - rest.length() + m.start("verb");
        String said = text.substring(0, at) + "走"
                + text.substring(at + m.group("verb").length());
        ParseOutcome again = reader.apply(said);
        boolean leaves = again instanceof ParseOutcome.Understood
                && again.records().stream().anyMatch(r -> r instanceof Departure);
        return leaves ? Optional.of(again) : Optional.empty();
    }
}
