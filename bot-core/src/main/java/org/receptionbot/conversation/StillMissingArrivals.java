package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;

/** An arrival reported as it happens with some short and no day of theirs ({@link ArrivalConfirmations}). */
final class StillMissingArrivals {
    private final Event event;
    private final ExpectedArrivals expected;
    private final Intake intake;
    private final BiFunction<ParseOutcome, Asked, ParseOutcome> timer;

    /** @param timer the outcome with the arrival said now timed at the report ({@link ArrivalConfirmations#timed}) */
    StillMissingArrivals(
            Event event,
            ExpectedArrivals expected,
            Intake intake,
            BiFunction<ParseOutcome, Asked, ParseOutcome> timer) {
        this.event = event;
        this.expected = expected;
        this.intake = intake;
        this.timer = timer;
    }

    /**
     * Those who came beside some short with no day of their own ("来了33 还差一个", "33人已到，1人未到"): recorded, and the
     * ones short asked about, told how they count while their planned arrival stands; with the later ones' own arrival
     * read beside them, left to the intake.
     */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked, int missing) {
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
        Answer a = intake.take(timer.apply(outcome, asked), asked, text);
        if (a.kind() == Reply.Kind.REFUSAL || a.kind() == Reply.Kind.QUESTION) return Optional.of(a);
        List<ExpectedArrivals.Expected> waiting = expected.of(d.id(), now);
        String planned = waiting.size() == 1 && waiting.get(0).people() == missing
                ? "未到的" + missing + "人仍按" + waiting.get(0).said() + "计入用餐。"
                : "";
        String ask = planned + "未到的" + missing + "人：到达后请回复“" + missing + "人已到”；如改日到达，请回复如“" + missing + "人明天到”。";
        return Optional.of(new Answer(a.text() + "\n" + ask, a.buttons(), a.kind(), a.receipt()));
    }
}
