package org.receptionbot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * The sender's reply to a question for a missing field ({@link GapQuestions}): the field read from
 * the reply and set in the waiting draft, which is then applied, and the next gap asked for. An
 * addition to a route completed so is read as one sent whole ({@link VisitAdditions}).
 */
final class GapAnswers {
    private final Reader reader;
    private final PackedMeals packed;
    private final Intake intake;
    private final DelegationNames names;
    private final VisitAdditions additions;
    private final RouteAnswers routes;
    private final CutReplies cuts;

    GapAnswers(Event event, Reader reader, Intake intake, VisitAdditions additions) {
        this.additions = additions;
        this.reader = reader;
        this.intake = intake;
        this.names = new DelegationNames(event);
        this.packed = new PackedMeals(event);
        this.routes = new RouteAnswers(event);
        this.cuts = new CutReplies(event, intake.ledger());
    }

    /**
     * The answer when {@code text} answers the waiting question; empty when it does not, or when,
     * past the question's first minutes, it is a report of its own.
     */
    Optional<Answer> fill(Pending.Answer waiting, String text, Asked asked) {
        Gap gap = waiting.gaps().get(0);
        if (GapQuestions.late(waiting, asked) && isReport(text, asked)) return Optional.empty();
        Optional<List<Record>> filled = filled(gap, text, asked);
        if (filled.isEmpty()
                && gap.missing() == Gap.Field.DELEGATION
                && text.length() <= 8
                && !names.closest(text, 1).isEmpty()) {
            intake.ask(waiting.gaps(), asked, Answer.silence());
            return Optional.of(
                    Answer.of(Reply.Kind.QUESTION, names.notFound(text) + "\n" + Gap.Field.DELEGATION.question()));
        }
        if (filled.isEmpty()) return Optional.empty();
        if (filled.get().isEmpty()) return Optional.of(notLeaving(gap, text, asked));
        List<Gap> rest = waiting.gaps().subList(1, waiting.gaps().size());
        // a completed addition to a route is an addition or a switch as any: never guessed
        ParseOutcome read = additions.figures(new ParseOutcome.Understood(filled.get()), gap.statement());
        Optional<Answer> which = rest.isEmpty() ? additions.ask(read, gap.statement(), asked) : Optional.empty();
        if (which.isPresent()) return which;
        // 47, to "中午饭不用算他们" of 50: a cut leaving few diners may be the diners' figure, checked back
        Optional<String> check = gap.missing() == Gap.Field.COUNT && rest.isEmpty()
                ? cuts.question(read.records(), asked)
                : Optional.empty();
        if (check.isPresent()) return Optional.of(intake.hold(read.records(), asked, check.get()));
        // 明天, to the day of "提前到6点半出发": the hour is weighed as the statement says it
        Answer applied = gap.missing() == Gap.Field.DATE
                ? intake.applyDated(read.records(), asked, text + gap.statement())
                : intake.apply(read.records(), asked, false);
        // 清点好了 是30个 司机没算: the words after a bus's count are a note
        String note = gap.missing() == Gap.Field.COUNT && gap.draft() instanceof Headcount
                ? RemarkNotes.note(BusCountReplies.read(text)
                        .map(BusCountReplies.Counted::remark)
                        .orElse(""))
                : "";
        if (!note.isEmpty() && !applied.silent()) applied = applied.then(note);
        return Optional.of(rest.isEmpty() ? applied : intake.ask(rest, asked, applied));
    }

    /**
     * The answer to a no to a check-out question: what the no says besides ("不是 换到九院宾馆住") is read and
     * applied as a message of its own, or said not recorded, so the sender knows where it stands.
     */
    private Answer notLeaving(Gap gap, String text, Asked asked) {
        String rest = gap.missing() == Gap.Field.CONFIRM ? CheckOutAsks.afterNo(text) : null;
        if (rest == null || rest.isEmpty()) return Answer.of(Reply.Kind.ANSWER, "好的，未记录离会。");
        ParseOutcome said = reader.read(rest, asked.now(), asked.sender().delegation());
        if (said instanceof ParseOutcome.Understood u && !u.records().isEmpty())
            return intake.apply(u.records(), asked, false).then("未记录离会。");
        return Answer.of(Reply.Kind.ANSWER, "好的，未记录离会。“" + rest + "”未作记录，如需协调组安排，请单独发一条说明。");
    }

    /** The gap's draft completed by {@code text}, or empty when the text does not say the missing field. */
    Optional<List<Record>> filled(Gap gap, String text, Asked asked) {
        return switch (gap.missing()) {
            case DELEGATION -> names.find(text).map(d -> List.of(with(gap.draft(), "delegation", d.id())));
            case COUNT ->
                gap.draft() instanceof Headcount
                        ? BusCountReplies.read(text)
                                .map(c -> List.of(with(gap.draft(), "count", String.valueOf(c.count()))))
                        : Numbers.answered(text)
                                .or(() -> figureWithRemark(text, asked))
                                .map(n -> List.of(with(gap.draft(), "count", n.toString())));
            case VEHICLE -> Numbers.answer(text).map(n -> List.of(with(gap.draft(), "vehicle", n.toString())));
            case ROUTE -> routes.named(text).map(id -> List.of(with(gap.draft(), RouteAnswers.field(gap), id)));
            case DATE ->
                reparse(text + gap.statement(), asked)
                        .filter(r -> !r.isEmpty())
                        .or(() -> BareDays.read(text, asked.today())
                                .filter(day -> gap.draft() != null)
                                .map(day -> List.of(with(gap.draft(), "date", day.toString()))))
                        // 明天, to "江西确认 7点走 要用车送机场 2个人": the 2 asked about are kept
                        .map(r -> CountsBesideDays.keep(gap, r))
                        // 明天早上, to "有8个6点就走 给他们打包8份": the packing asked about is kept
                        .map(r -> packed.kept(
                                r,
                                text.strip() + "，" + gap.statement().strip(),
                                asked.sender().delegation()));
            case MEAL -> reparse(text + gap.statement(), asked);
            case CONFIRM -> CheckOutAsks.reply(gap, text);
            case UNCLEAR -> Optional.empty();
        };
    }

    /** A reply's leading figure, then a remark after a space or comma ("33 跟中午一样", "30，都在"). */
    private static final Pattern OTHER_FIGURE = Pattern.compile("[二三四五六七八九十百两俩仨]");

    private static final Pattern LEADING_FIGURE = Pattern.compile("^(\\S{1,6}?)(?:[个人位份])?[\\s，,]+(\\D+)$");

    /**
     * "33 跟中午一样" to "晚饭多少人？": a figure, then a remark that holds no figure and reports nothing of its own,
     * answers the question asked; the remark names no meal to move the figure to.
     */
    private Optional<Integer> figureWithRemark(String text, Asked asked) {
        java.util.regex.Matcher m = LEADING_FIGURE.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        Optional<Integer> figure = Numbers.answer(m.group(1));
        if (figure.isEmpty() || OTHER_FIGURE.matcher(m.group(2)).find() || isReport(m.group(2), asked))
            return Optional.empty();
        return figure;
    }

    /**
     * Whether a question for a figure stays open after {@code text}, which did not answer it: it does when the text
     * is no report of its own (a remark, an unread reply), so the sender's next bare figure still answers it.
     */
    boolean keepsOpen(Pending.Answer waiting, String text, Asked asked) {
        Gap.Field missing = waiting.gaps().get(0).missing();
        return (missing == Gap.Field.COUNT || missing == Gap.Field.VEHICLE) && !isReport(text, asked);
    }

    private boolean isReport(String text, Asked asked) {
        return !reader.read(text, asked.now(), asked.sender().delegation())
                .records()
                .isEmpty();
    }

    private Optional<List<Record>> reparse(String text, Asked asked) {
        ParseOutcome outcome = reader.read(text, asked.now(), asked.sender().delegation());
        return outcome instanceof ParseOutcome.Understood u ? Optional.of(u.records()) : Optional.empty();
    }

    private static Record with(Record draft, String field, String value) {
        Map<String, String> fields = new LinkedHashMap<>(RecordFields.write(draft));
        fields.put(field, value);
        return RecordFields.read(fields);
    }
}
