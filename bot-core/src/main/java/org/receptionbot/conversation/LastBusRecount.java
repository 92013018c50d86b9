package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;

/**
 * A recount that names no bus ("刚才数错了 是39个 宁夏那个本来就没上车", "重新数了 39人", "更正 实到39", "不对 是39个
 * 有个湖南的坐错车了"): words that the count was wrong or was taken again, one figure, and after a pause a reason that
 * names no bus, meal, day or time. It counts again the bus the sender counted in their last report today (a bus
 * liaison's own bus), however long ago, whatever delegation or people the reason names; the reason is a note. A
 * correction of a report of the last 10 minutes is left to {@link Amendments}, which corrects it in place; a bus
 * liaison whose last count was of another vehicle is left to {@link OwnBusRecount}.
 */
final class LastBusRecount {
    private static final Duration RECENT = Duration.ofMinutes(10);
    /** Words that say the count was wrong or was taken again. */
    private static final String RECOUNT = "(?:数|点|算|报|搞|弄)错了?|错了|不对|更正(?:一下)?|重新(?:清点|数|点|算|核对)了?(?:一下|一遍|一次)?"
            + "|[再又](?:清点|数|点|核对)了?(?:一下|一遍|一次)?|重数了?|复核了?|核对了?(?:一下)?|[多少漏]算了?|数漏了?|漏数了?"
            + "|[数点][少多]了|[少多]数了";
    /** Words that may stand before the figure besides the recount words. */
    private static final String BESIDE =
            "不好意思|抱歉|对不起|刚才|刚刚|之前|前面|我们|我|哦|噢|嗯|啊|哎|诶|应该是|应是|其实是|实际上是|实际是|实际" + "|实到|一共|总共|共计|共|现在|目前|人数|为|是|有";

    private static final Pattern SAID = Pattern.compile("^((?:(?:" + RECOUNT + "|" + BESIDE + ")[，,。！!：:\\s]*)+)"
            + "([0-9]{1,3}|[一二两三四五六七八九十]{1,4})\\s*(?:个人|个|人|位|名)?[了啊吧]?((?:[，,。；;！!\\s][\\s\\S]*)?)$");
    private static final Pattern RECOUNTED = Pattern.compile(RECOUNT);
    /** What a reason may not say: a bus, a meal, a day, a time, a guess. */
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "号车|车号|[0-9]+车|车[0-9]|[0-9一二两三四五六七八九十]+(?:点|:|：)|早饭|早餐|午饭|午餐|中午" + "|晚饭|晚餐|晚上|今天|明天|后天|左右|大概|估计|差不多");
    /** A figure denied beside the count ("不是40"): no figure of its own. */
    private static final Pattern DENIED = Pattern.compile("不是\\s*[0-9一二两三四五六七八九十]+\\s*(?:个人|个|人|位|名)?");

    /** The figure counted again and the reason after it (empty when none). */
    record Said(int figure, String remark) {}

    private final Event event;
    private final Ledger ledger;
    private final PendingQuestions pending;
    private final Intake intake;
    private final BusLiaisons buses;
    private final OwnBusRecount ownBus;

    LastBusRecount(Event event, Ledger ledger, PendingQuestions pending, Intake intake, OwnBusRecount ownBus) {
        this.event = event;
        this.ledger = ledger;
        this.pending = pending;
        this.intake = intake;
        this.buses = new BusLiaisons(event);
        this.ownBus = ownBus;
    }

    /** What {@code text} says counted again, if it is a recount naming no bus. */
    static Optional<Said> read(String text) {
        Matcher m = SAID.matcher(text.strip());
        if (!m.matches() || !RECOUNTED.matcher(m.group(1)).find()) return Optional.empty();
        String remark = m.group(3).replaceFirst("^[，,。；;！!\\s]+", "").replaceAll("[。！!.，,]+$", "");
        if (REPORT_WORDS.matcher(remark).find()
                || UnclearFigures.VAGUE.matcher(remark).find()) return Optional.empty();
        String reason = DENIED.matcher(remark).replaceAll("").strip();
        return Numbers.read(m.group(2)).map(n -> new Said(n, reason));
    }

    /** The answer when {@code text} counts again the bus the sender counted last; empty when it is no such recount. */
    Optional<Answer> answer(String text, Asked asked) {
        Optional<Said> said = read(text);
        if (said.isEmpty() || asked.replyTo() != null || waiting(asked)) return Optional.empty();
        List<Entry> last = ledger
                .lastMessageOf(asked.chat(), asked.sender().userId())
                .map(ledger::activeEntriesOf)
                .orElse(List.of())
                .stream()
                .filter(e -> LocalDate.ofInstant(e.source().at(), event.zone()).equals(asked.today()))
                .toList();
        List<Headcount> counted = last.stream()
                .filter(e -> e.record() instanceof Headcount h && h.vehicle() != null)
                .map(e -> (Headcount) e.record())
                .toList();
        String own = buses.vehicleOf(asked);
        String bus;
        if (own != null) {
            if (counted.stream().anyMatch(h -> !h.vehicle().equals(own)))
                return ownCounted(own, asked)
                        ? record(own, null, said.get(), text, asked)
                        : Optional.of(ownBus.which(last, said.get().figure(), asked));
            bus = own;
        } else {
            if (counted.isEmpty()
                    || counted.stream().map(Headcount::vehicle).distinct().count() > 1) return Optional.empty();
            bus = counted.get(0).vehicle();
        }
        // a correction of a report just sent corrects it in place (Amendments)
        boolean recent = !last.isEmpty()
                && !last.get(0).source().at().isBefore(asked.now().minus(RECENT));
        boolean ofBus =
                !counted.isEmpty() && counted.stream().allMatch(h -> h.vehicle().equals(bus));
        if (recent && ofBus && SaidCorrection.read(text).isPresent()) return Optional.empty();
        String delegation =
                counted.isEmpty() ? null : counted.get(counted.size() - 1).delegation();
        return record(bus, delegation, said.get(), text, asked);
    }

    private Optional<Answer> record(String bus, String delegation, Said said, String text, Asked asked) {
        Headcount h = new Headcount(bus, said.figure(), delegation);
        Answer a = intake.take(new ParseOutcome.Understood(List.of(h)), asked, text);
        String note = RemarkNotes.note(said.remark());
        return Optional.of(note.isEmpty() || a.silent() ? a : a.then(note));
    }

    /** A question waiting for the sender's answer, or figures held for their 确认: the recount is left to them. */
    private boolean waiting(Asked asked) {
        String user = asked.sender().userId();
        return pending.peek(Keys.answer(asked.chat(), user), asked.now()).isPresent()
                || pending.peek(Keys.confirmation(asked.chat(), user), asked.now())
                        .isPresent();
    }

    private boolean ownCounted(String own, Asked asked) {
        return ledger.day(asked.today()).active().stream()
                .anyMatch(e -> e.record() instanceof Headcount h && own.equals(h.vehicle()));
    }
}
