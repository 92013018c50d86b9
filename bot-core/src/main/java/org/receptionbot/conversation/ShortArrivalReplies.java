package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Pending;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * The reply to the question about an arrival with some of the team short ({@link ShortArrivalAsks}), read as the whole
 * report it completes: "确认" or "对" as those the plan gives having come ("59人已到，1人未到"), a figure as those who came
 * ("59", "来了58个"), a later word as the day of the ones short ("明天到", "明天中午到", "下午3点的航班" → "59人已到 还有1个明天到"),
 * or both ("59 明天到"). A reply that reports the arrival whole ("对 来了59个 还有一个明天中午到") is a message of its own and
 * closes the question; anything else is left to the other readings.
 */
final class ShortArrivalReplies {
    /** A yes leading the reply. */
    private static final Pattern YES = Pattern.compile("^(?:对的|对|是的|是|嗯嗯|嗯|没错|确认|确定)(?:[\\s，,。！!]+|$)");
    /** A no leading the reply, a figure to follow ("不对 是58个"). */
    private static final Pattern NO = Pattern.compile("^(?:不是|不对)[\\s，,。！!]*(?:是)?");
    /** Those who came as a figure leading the reply, and what is said after ("59", "来了58个", "59个 明天到"). */
    private static final Pattern FIGURE = Pattern.compile("^(?:来了|到了|已到|实到|到)?\\s*([0-9]{1,3}|[一二三四五六七八九十两俩仨]{1,4})"
            + "(?=$|[\\s，,。个人位都已到来])\\s*(?:个人|个|人|位)?\\s*(?:都到了|已到|到了|来了|到)?[\\s，,。]*(.*)$");
    /** Words naming the ones short before what is said of them ("那个明天到", "他明天中午到"). */
    private static final Pattern THEM =
            Pattern.compile("^(?:少的那个人|少的那个|未到的|没到的|剩下那个|剩下的|另外一个|还有一个|还有1个|那个人|那个|那位|他|她)[\\s，,]*");
    /** Words saying the day of the ones short is not known yet: they still count under the plan. */
    private static final List<String> UNKNOWN = List.of("还没定", "没定", "待定", "不确定", "不知道", "还不知道", "不清楚", "还不清楚");

    private final Event event;
    private final ExpectedArrivals expected;
    private final Reader reader;
    private final Intake intake;

    ShortArrivalReplies(Event event, ExpectedArrivals expected, Reader reader, Intake intake) {
        this.event = event;
        this.expected = expected;
        this.reader = reader;
        this.intake = intake;
    }

    /**
     * The answer when {@code text} replies to the sender's question about an arrival with some short: the report it
     * completes, answered by {@code read}; empty when no such question waits or the text is no reply to it.
     */
    Optional<Answer> answer(String text, Asked asked, Function<String, Answer> read) {
        Optional<Pending.Answer> waiting = intake.waiting(asked);
        if (waiting.isEmpty()) return Optional.empty();
        Gap gap = waiting.get().gaps().get(0);
        if (gap.missing() != Gap.Field.COUNT || !(gap.draft() instanceof Arrival a) || a.count() != null)
            return Optional.empty();
        // read as the delegation's own words, whoever replies (a coordinator too)
        String delegation = a.delegation();
        ParseOutcome first = reader.read(gap.statement(), waiting.get().source().at(), delegation);
        Integer missing = ArrivedNow.missing(first).orElse(null);
        Delegation d = event.delegation(a.delegation()).orElse(null);
        if (missing == null || d == null) return Optional.empty();
        String t = text.strip().replaceAll("[。！!.，,~]+$", "");
        // 对 来了59个 还有一个明天中午到: the report said whole, a message of its own
        if (ArrivedNow.missing(reader.read(t, asked.now(), delegation)).isPresent()) {
            intake.answered(asked);
            return Optional.empty();
        }
        Integer came = ShortArrivalAsks.came(expected, event, d, asked, missing);
        // 好像是38个: a guess is asked back plainly, never recorded as said nor ignored
        Optional<String> unhedged = HedgedFigures.unhedged(t);
        if (unhedged.isPresent()) return Optional.of(hedged(unhedged.get(), d, missing, asked, gap));
        // the delegation named, so that a coordinator's reply reads as the liaison's
        Optional<String> report = report(t, came, missing, asked, delegation).map(r -> d.name() + r);
        if (came == null && report.isEmpty()) report = meal(t + gap.statement(), asked, delegation);
        if (report.isPresent()) {
            intake.answered(asked);
            return report.map(read);
        }
        if (came == null && later(t, missing, asked, delegation))
            return Optional.of(Answer.of(
                    Reply.Kind.QUESTION,
                    "请再回复到了多少人，如“到了30人 还有" + missing + "个" + t + "”。（“"
                            + gap.statement().strip() + "”，回复后记录）"));
        return Optional.empty();
    }

    /**
     * A figure given as a guess: the report it completes held for the sender's 确认 ("请确认已到人数：38人？"), the question
     * answered; a figure still vague once unhedged, or no reply with a figure, asked again for the exact figure.
     */
    private Answer hedged(String plain, Delegation d, int missing, Asked asked, Gap gap) {
        Optional<String> report =
                HedgedFigures.vague(plain) ? Optional.empty() : report(plain, null, missing, asked, d.id());
        if (report.isEmpty())
            return Answer.of(
                    Reply.Kind.QUESTION,
                    "请回复准确的已到人数，如“" + Math.max(1, d.size() - missing) + "”。（“"
                            + gap.statement().strip() + "”，回复后记录）");
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        ParseOutcome o = ArrivedNow.timed(reader.read(d.name() + report.get(), asked.now(), d.id()), now);
        int came = ArrivedNow.read(o).map(ArrivedNow::count).orElse(0);
        intake.answered(asked);
        return intake.hold(
                o.records(),
                asked,
                "请确认已到人数：" + came + "人？（" + d.name() + "，未到" + missing + "人）\n如是，请点“确认”或回复“确认”；如不是，请按实到人数重新发送，如“"
                        + Math.max(1, came - 1) + "人已到，" + missing + "人未到”。");
    }

    /**
     * With no arrival of the team expected, the question also asked which meal: a meal named in reply ("中午") read with
     * the words asked about ("中午人都在 不过少一个"), when they read as meals only.
     */
    private Optional<String> meal(String said, Asked asked, String delegation) {
        ParseOutcome o = reader.read(said, asked.now(), delegation);
        boolean meals = o instanceof ParseOutcome.Understood
                && !o.records().isEmpty()
                && o.records().stream().allMatch(MealRecord.class::isInstance);
        return meals ? Optional.of(said) : Optional.empty();
    }

    /** The report the reply completes, read back as one; empty when it reads as no such report. */
    private Optional<String> report(String t, Integer came, int missing, Asked asked, String delegation) {
        Matcher yes = YES.matcher(t);
        Matcher no = NO.matcher(t);
        boolean said = yes.find();
        String rest = said ? t.substring(yes.end()).strip() : t;
        boolean denied = !said && no.find();
        if (denied) rest = t.substring(no.end()).strip();
        Matcher figure = FIGURE.matcher(rest);
        Integer n = came;
        String after = rest;
        if (figure.matches()) {
            n = Numbers.read(figure.group(1)).orElse(null);
            after = figure.group(2).strip();
        } else if (denied) return Optional.empty();
        if (n == null) return Optional.empty();
        if (after.isEmpty() || UNKNOWN.contains(after)) {
            if (!said && !figure.matches() && after.isEmpty()) return Optional.empty();
            String whole = n + "人已到，" + missing + "人未到";
            return reads(whole, n, missing, 1, asked, delegation) ? Optional.of(whole) : Optional.empty();
        }
        String whole = laterReport(n, missing, after);
        return reads(whole, n, missing, 2, asked, delegation) ? Optional.of(whole) : Optional.empty();
    }

    /** Whether {@code t} reads as the ones short coming later, with no figure of those who came. */
    private boolean later(String t, int missing, Asked asked, String delegation) {
        String rest = YES.matcher(t).replaceFirst("");
        return reads(laterReport(30, missing, rest), 30, missing, 2, asked, delegation);
    }

    private static String laterReport(int came, int missing, String said) {
        String of = THEM.matcher(said).replaceFirst("");
        String coming = of.contains("到") || of.contains("来") ? of : of + "到";
        return came + "人已到 还有" + missing + "个" + coming;
    }

    /** Whether {@code whole} reads as those who came today and, when {@code records} is 2, the ones short later. */
    private boolean reads(String whole, int came, int missing, int records, Asked asked, String delegation) {
        ParseOutcome o = reader.read(whole, asked.now(), delegation);
        if (!(o instanceof ParseOutcome.Understood) || o.records().size() != records) return false;
        if (!ArrivedNow.missing(o).equals(Optional.of(missing))) return false;
        Record now = o.records().get(0);
        boolean today = now instanceof Arrival a && asked.today().equals(a.date()) && a.count() == came;
        return today && (records == 1 || o.records().get(1) instanceof Arrival l && l.count() == missing);
    }
}
