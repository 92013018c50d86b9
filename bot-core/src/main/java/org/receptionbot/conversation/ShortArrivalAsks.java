package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/**
 * The one owner of the questions about an arrival said with some of the team short ({@link ArrivedNow#missing}), in
 * this order: figures that add up to more than the team has ("到了33人 还有1个明天到" of 33) are held for 确认 with the
 * question which is right; a shortfall with no figure of those who came ("人都在 不过少一个") is asked about as the arrival
 * it is, offering the figure the plan gives ("湖北省代表团60人中59人已到，1人未到？") and asking when the ones short come;
 * those who came beside some short with no day of their own ("来了33 还差一个") are recorded and the ones short asked
 * about. The replies are read by {@link ShortArrivalReplies}.
 */
final class ShortArrivalAsks {
    private final Event event;
    private final ExpectedArrivals expected;
    private final Intake intake;
    private final BiFunction<ParseOutcome, Asked, ParseOutcome> timed;

    ShortArrivalAsks(
            Event event,
            ExpectedArrivals expected,
            Intake intake,
            BiFunction<ParseOutcome, Asked, ParseOutcome> timed) {
        this.event = event;
        this.expected = expected;
        this.intake = intake;
        this.timed = timed;
    }

    /** The answer to an arrival with {@code missing} people short, in the order above; empty when none fits. */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked, int missing) {
        return overSize(outcome, text, asked, missing)
                .or(() -> offer(outcome, text, asked, missing))
                .or(() -> stillMissing(outcome, text, asked, missing));
    }

    /**
     * Those who came and the ones short adding up to more than the delegation has: held for 确认 with the question which
     * figure is right, never recorded beside the team as it stands.
     */
    private Optional<Answer> overSize(ParseOutcome outcome, String text, Asked asked, int missing) {
        Integer came = ArrivedNow.read(outcome).map(ArrivedNow::count).orElse(null);
        if (!(outcome instanceof ParseOutcome.Understood) || came == null) return Optional.empty();
        Delegation d = outcome.records().stream()
                .filter(Arrival.class::isInstance)
                .map(r -> event.delegation(r.delegation()).orElse(null))
                .findFirst()
                .orElse(null);
        if (d == null || came + missing <= d.size() || !mayReport(d, asked)) return Optional.empty();
        return Optional.of(intake.hold(
                timed.apply(outcome, asked).records(), asked, ArrivalQuestions.overSize(d, came, missing, text)));
    }

    /**
     * "人都在 不过少一个": the arrival of those who came asked about, offering the plan's figure less the ones short when
     * one arrival of the team is expected; the sender's next message answers it ({@link ShortArrivalReplies}).
     */
    private Optional<Answer> offer(ParseOutcome outcome, String text, Asked asked, int missing) {
        Optional<Arrival> draft = draft(outcome, asked);
        if (draft.isEmpty()) return Optional.empty();
        Delegation d = event.delegation(draft.get().delegation()).orElse(null);
        if (d == null || !mayReport(d, asked)) return Optional.empty();
        Integer came = came(expected, event, d, asked, missing);
        Gap gap = ((ParseOutcome.Incomplete) outcome).gaps().get(0);
        return Optional.of(intake.ask(List.of(gap), asked, Answer.silence(), question(d, came, missing, text)));
    }

    /**
     * Those who came beside some short with no day of their own ("来了33 还差一个", "33人已到，1人未到"): recorded, and the
     * ones short asked about, told how they count while their planned arrival stands; with the later ones' own arrival
     * read beside them, left to the intake.
     */
    private Optional<Answer> stillMissing(ParseOutcome outcome, String text, Asked asked, int missing) {
        if (!(outcome instanceof ParseOutcome.Understood)
                || outcome.records().size() != 1
                || !(outcome.records().get(0) instanceof Arrival came)) return Optional.empty();
        Delegation d = came.delegation() == null
                ? null
                : event.delegation(came.delegation()).orElse(null);
        if (d == null || came.count() == null) return Optional.empty();
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        // the same people said again are not recorded twice
        List<ExpectedArrivals.Expected> same = expected.arrived(d.id(), now.toLocalDate()).stream()
                .filter(x -> x.people() == came.count())
                .toList();
        if (!same.isEmpty()) return Optional.of(ArrivalQuestions.already(d, same.get(0), came.count()));
        Answer a = intake.take(timed.apply(outcome, asked), asked, text);
        if (a.kind() == Reply.Kind.REFUSAL || a.kind() == Reply.Kind.QUESTION) return Optional.of(a);
        List<ExpectedArrivals.Expected> waiting = expected.of(d.id(), now);
        String planned = waiting.size() == 1 && waiting.get(0).people() == missing
                ? "未到的" + missing + "人仍按" + waiting.get(0).said() + "计入用餐。"
                : "";
        String ask = planned + "未到的" + missing + "人：到达后请回复“" + missing + "人已到”；如改日到达，请回复如“" + missing + "人明天到”。";
        return Optional.of(new Answer(a.text() + "\n" + ask, a.buttons(), a.kind(), a.receipt()));
    }

    /**
     * How many came by the plan: the one arrival of the delegation expected now less the ones short; null when none or
     * several are expected, or the ones short are as many.
     */
    static Integer came(ExpectedArrivals expected, Event event, Delegation d, Asked asked, int missing) {
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        List<ExpectedArrivals.Expected> waiting = expected.of(d.id(), now);
        if (waiting.size() != 1 || waiting.get(0).people() <= missing) return null;
        return waiting.get(0).people() - missing;
    }

    /** The arrival of today with no figure the outcome asks a figure for, and nothing else. */
    static Optional<Arrival> draft(ParseOutcome outcome, Asked asked) {
        if (!(outcome instanceof ParseOutcome.Incomplete i)
                || !i.records().isEmpty()
                || i.gaps().size() != 1) return Optional.empty();
        Gap g = i.gaps().get(0);
        if (g.missing() != Gap.Field.COUNT || !(g.draft() instanceof Arrival a) || a.count() != null)
            return Optional.empty();
        return asked.today().equals(a.date()) ? Optional.of(a) : Optional.empty();
    }

    private static String question(Delegation d, Integer came, int missing, String text) {
        String said = "（“" + text.strip() + "”，回复后记录）";
        if (came == null)
            return "请问是抵达吗？如是，请回复到了多少人、未到的" + missing + "人何时到，如“到了30人 还有" + missing + "个明天到”；如是用餐少" + missing
                    + "人，请说明哪一餐，如“今晚少" + missing + "人”。" + said;
        return "请问是否为：" + d.name() + (came + missing) + "人中" + came + "人已到，" + missing
                + "人未到？\n如是，请回复“确认”；实到人数不同，请回复实到人数；\n未到的" + missing + "人何时到，可直接回复，如“明天到”“明天中午到”。" + said;
    }

    /** The team's liaison, a coordinator, or a bus liaison reporting a pickup ({@link BusPickups#reporter}). */
    private boolean mayReport(Delegation d, Asked asked) {
        Sender sender = asked.sender();
        return sender.coordinator() || d.id().equals(sender.delegation()) || BusPickups.reporter(event, asked);
    }
}
