package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.PartOfDay;

/**
 * A bare clock time, or a train or flight with one ("下午4点的车", "16:00", "D2282 下午4点"), sent right
 * after the sender's own movement report that gave no clock time ("辽宁有8个人下午先走 坐D2282") completes
 * that movement: its time is set (and the train or flight, when given), its day, people and direction
 * kept; the answer says so ("已更新：离开时间补充为16:00（D2282），仍为8人"). Right after: the sender's
 * last message with records holds exactly one movement, with no clock time, sent at most {@link #WITHIN}
 * before. An hour with no part of the day is read in the movement's (下午 4点 is 16:00); with neither,
 * 1 to 6 o'clock is the afternoon. A verb of the other direction ("下午4点到" after a departure) is no
 * follow-up of it.
 */
final class MovementTimes {
    static final Duration WITHIN = Duration.ofMinutes(30);
    private static final String NUM = "\\d{1,2}|[一二两三四五六七八九十]{1,3}";
    private static final String CODE = "[GDCKTZ]\\d{1,4}|(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4}";
    private static final Pattern SAID = Pattern.compile("^(?:就是|是|坐|乘|车是|改)?\\s*(?<code>" + CODE + ")?\\s*(?:是|坐)?\\s*"
            + "(?:今天|明天)?(?<part>凌晨|早上|上午|中午|下午|傍晚|晚上)?\\s*(?:(?<h>" + NUM + ")\\s*[点时]\\s*(?<m>半|一刻|三刻|整|(?:"
            + NUM + ")\\s*分?)?|(?<hh>\\d{1,2})[:：](?<mm>\\d{2}))\\s*(?<verb>的|出发|开车|开|走|离开|到|抵达)?\\s*(?<code2>" + CODE
            + ")?\\s*(?:的)?(?:车次|车|火车|高铁|动车|飞机|航班|班次|班|票)?\\s*[。.！!~～]*$");

    private final Ledger ledger;

    MovementTimes(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The answer when {@code text} completes the sender's movement just reported; else empty. */
    Optional<Answer> answer(String text, Asked asked, Intake intake) {
        Matcher m = SAID.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) return Optional.empty();
        Optional<Entry> last = last(asked);
        if (last.isEmpty()) return Optional.empty();
        Movement old = (Movement) last.get().record();
        if (!sameDirection(m.group("verb"), old)) return Optional.empty();
        Optional<LocalTime> time = time(m, old.part());
        if (time.isEmpty()) return Optional.empty();
        String code = m.group("code") != null ? m.group("code") : m.group("code2");
        String transport = code != null ? code : old.transport();
        Movement done = old instanceof Arrival
                ? new Arrival(old.delegation(), old.date(), time.get(), old.count(), transport)
                : new Departure(old.delegation(), old.date(), time.get(), old.count(), transport);
        ParseOutcome outcome = new ParseOutcome.Understood(List.of(done));
        Answer a = intake.take(outcome, asked, text, List.of(last.get()));
        String prefix = "已按修改后的消息更新：";
        if (!a.text().startsWith(prefix)) return Optional.of(a);
        String said = "已更新：" + Supplements.change(last.get(), outcome) + "\n"
                + a.text().substring(prefix.length());
        return Optional.of(new Answer(said, a.buttons(), a.kind(), a.receipt()));
    }

    /** The sender's movement with no clock time their last message with records reported, if just now. */
    private Optional<Entry> last(Asked asked) {
        return ledger.lastMessageOf(asked.source().chat(), asked.sender().userId())
                .map(ledger::activeEntriesOf)
                .filter(entries -> entries.stream()
                                .filter(e -> e.record() instanceof Movement)
                                .count()
                        == 1)
                .flatMap(entries -> entries.stream()
                        .filter(e -> e.record() instanceof Movement)
                        .findFirst())
                .filter(e -> ((Movement) e.record()).time() == null)
                .filter(e -> !e.source().at().plus(WITHIN).isBefore(asked.now()));
    }

    private static boolean sameDirection(String verb, Movement old) {
        if (verb == null || verb.equals("的")) return true;
        boolean arriving = verb.equals("到") || verb.equals("抵达");
        return arriving == old instanceof Arrival;
    }

    private static Optional<LocalTime> time(Matcher m, PartOfDay movementPart) {
        int hour;
        int minute;
        if (m.group("hh") != null) {
            hour = Integer.parseInt(m.group("hh"));
            minute = Integer.parseInt(m.group("mm"));
        } else {
            hour = Numbers.read(m.group("h")).orElse(-1);
            String min = m.group("m");
            minute = min == null || min.equals("整")
                    ? 0
                    : switch (min) {
                        case "半" -> 30;
                        case "一刻" -> 15;
                        case "三刻" -> 45;
                        default -> Numbers.read(min).orElse(-1);
                    };
            if (hour >= 1 && hour < 12 && afternoon(m.group("part"), movementPart, hour)) hour += 12;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Optional.empty();
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** Whether a spoken hour of 1 to 11 is after noon: by the part of the day said, else the movement's. */
    private static boolean afternoon(String said, PartOfDay movementPart, int hour) {
        if (said != null)
            return said.equals("下午") || said.equals("傍晚") || said.equals("晚上") || said.equals("中午") && hour <= 3;
        if (movementPart != null)
            return switch (movementPart) {
                case AFTERNOON, EVENING -> true;
                case NOON -> hour <= 3;
                default -> false;
            };
        return hour <= 6;
    }
}
