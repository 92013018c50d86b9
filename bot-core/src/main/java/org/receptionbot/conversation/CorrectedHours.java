package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * An hour corrected in words ("不对 是7点半", "说错了 改成早上7点半出发", "错了，应该是6点40走"): the hour of the one
 * movement of the message replied to, or of the sender's last report when it is at most 10 minutes old, corrected in
 * place as an edit of it would ({@link CorrectedReports#amend}). With no half of the day said, the hour is the one nearer
 * the hour corrected (07:00 corrected to 7点半 is 07:30, 18:30 corrected to 6点 is 18:00). With no such movement the
 * sender is told what to write, unless a question of the bot waits for their answer. The hour taken back may be said
 * too ("不对 是6点半出发 不是7点", "不是7点 是6点半"): when it is the hour of the sender's last movement, that movement is
 * the one meant however long ago it was reported, and so is the hour said a moment ago before the one meant ("刚才说两点半
 * 其实是两点五十"). A reason may follow the hour ("不对 是2点半 刚问了车站", {@link HourReasons}).
 */
final class CorrectedHours {
    private static final Duration RECENT = Duration.ofMinutes(10);
    private static final String HALF = "(早上|上午|凌晨|中午|下午|傍晚|晚上)";
    private static final String HOUR =
            "([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:点|:|：)\\s*" + "(半|一刻|三刻|[0-9]{1,2}|[一二三四五六七八九十]{1,3})?分?";
    private static final String VERB = "(?:出发|走|离开|到|抵达)?";
    private static final Pattern SAID = Pattern.compile("(?:哦|噢|啊|呃|哎|诶)?[，,\\s]*"
            + "((?:(?:不对|错了|说错了|写错了|打错了|搞错了|有误|更正)[，,。！!：:\\s]*)*)(?:时间)?"
            + "(?:是|应该是|应是|应为|改成|改为|改到|更正为|其实是|实际是|实际上是)?\\s*" + HALF + "?\\s*" + HOUR
            + "(?:钟)?\\s*(?:就|再|才)?" + VERB + "(?:[，,。；;！!～~\\s]+(.*?))?[。！!～~\\s]*");
    /** The hour taken back, before or after the one meant: "不是7点", "不是早上7点走". */
    private static final Pattern DENIED =
            Pattern.compile("[，,。\\s]*不是\\s*" + HALF + "?\\s*" + HOUR + "(?:钟)?\\s*" + VERB + "[，,。！!\\s]*");
    /** The hour said a moment ago, taken back by the one meant after it: "刚才说两点半 其实是两点五十". */
    private static final Pattern SAID_BEFORE = Pattern.compile("^(?:刚才|刚刚|之前|前面|上面)(?:说|报|写|发)(?:的|了)?(?:是)?\\s*"
            + HALF + "?\\s*" + HOUR + "(?:钟)?\\s*" + VERB + "[，,。！!\\s]*(?:不对|错了)?[，,。！!\\s]*"
            + "(?=其实|实际|应该|改成|改为|改到)");

    private final Ledger ledger;
    private final PendingQuestions pending;
    private final CorrectedReports reports;
    private final HourReasons reasons;

    CorrectedHours(Event event, Ledger ledger, PendingQuestions pending, CorrectedReports reports) {
        this.reasons = new HourReasons(event);
        this.ledger = ledger;
        this.pending = pending;
        this.reports = reports;
    }

    /** The answer when {@code text} corrects an hour; empty when it does not. */
    Optional<Answer> answer(String text, Asked asked) {
        String said = text.strip();
        Matcher no = takenBack(said);
        boolean denied = no != null;
        if (denied) said = (said.substring(0, no.start()) + " " + said.substring(no.end())).strip();
        Matcher m = SAID.matcher(said);
        if (!m.matches() || !denied && m.group(1).isEmpty() || !reasons.explain(m.group(5), asked))
            return Optional.empty();
        Optional<String> replied = Optional.ofNullable(asked.replyTo())
                .map(id -> Source.messageRef(asked.chat(), id))
                .filter(ref -> !ledger.activeEntriesOf(ref).isEmpty());
        Optional<String> ref = replied.or(
                () -> ledger.lastMessageOf(asked.chat(), asked.sender().userId()));
        List<Entry> moves = ref.map(ledger::activeEntriesOf).orElse(List.of()).stream()
                .filter(e -> e.record() instanceof Movement)
                .toList();
        LocalTime was = moves.size() == 1 ? ((Movement) moves.get(0).record()).time() : null;
        boolean recent = replied.isPresent()
                || moves.size() == 1
                        && (!moves.get(0).source().at().isBefore(asked.now().minus(RECENT))
                                || denied && sameHour(hour(no.group(1), no.group(2), no.group(3), was), was));
        LocalTime time = moves.size() == 1 ? hour(m.group(2), m.group(3), m.group(4), was) : null;
        if (!recent || time == null) {
            if (pending.peek(Keys.answer(asked.chat(), asked.sender().userId()), asked.now())
                    .isPresent()) return Optional.empty();
            return Optional.of(Answer.of(
                    Reply.Kind.REFUSAL,
                    "未更正：您最近10分钟内没有报过抵达或离开时间，不能确定要改哪一条。如要更改，请写明日期和时间，例如「明天出发时间改为" + m.group(3) + "点」。"));
        }
        return Optional.of(reports.amend(
                moves, List.of(at((Movement) moves.get(0).record(), time)), text, asked));
    }

    /** The hour taken back in {@code said}, found; null for none. */
    private static Matcher takenBack(String said) {
        for (Pattern p : new Pattern[] {SAID_BEFORE, DENIED}) {
            Matcher m = p.matcher(said);
            if (m.find()) return m;
        }
        return null;
    }

    private static boolean sameHour(LocalTime denied, LocalTime was) {
        return denied != null && denied.equals(was);
    }

    /** The hour said, in the half of the day said, else the half nearer {@code was}; null for no hour of a day. */
    private static LocalTime hour(String half, String hours, String min, LocalTime was) {
        int h = Numbers.read(hours).orElse(-1);
        int minutes = min == null
                ? 0
                : switch (min) {
                    case "半" -> 30;
                    case "一刻" -> 15;
                    case "三刻" -> 45;
                    default -> Numbers.read(min).orElse(0);
                };
        if (h < 0 || h > 23 || minutes > 59) return null;
        if (half != null) return LocalTime.of(later(half, h) ? h + 12 : h, minutes);
        if (h > 12) return LocalTime.of(h, minutes);
        LocalTime morning = LocalTime.of(h % 12, minutes);
        LocalTime afternoon = morning.plusHours(12);
        if (was == null) return h >= 1 && h <= 6 ? afternoon : LocalTime.of(h, minutes);
        return distance(morning, was) <= distance(afternoon, was) ? morning : afternoon;
    }

    /** Whether {@code half} puts an hour {@code h} of 1–11 in the afternoon or evening (中午1点 is 13:00). */
    private static boolean later(String half, int h) {
        if (h >= 12) return false;
        return switch (half) {
            case "下午", "傍晚", "晚上" -> true;
            case "中午" -> h <= 2;
            default -> false;
        };
    }

    private static long distance(LocalTime a, LocalTime b) {
        return Math.abs(Duration.between(a, b).toMinutes());
    }

    private static Record at(Movement m, LocalTime time) {
        return m instanceof Arrival
                ? new Arrival(m.delegation(), m.date(), time, m.count(), m.transport(), m.part())
                : new Departure(m.delegation(), m.date(), time, m.count(), m.transport(), m.part());
    }
}
