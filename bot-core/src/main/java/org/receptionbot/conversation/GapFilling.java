package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Fills what the parser left open from what the chat already knows, before {@link Intake} asks: an estimate or the
 * sender's open issue for an unclear statement, a full bus, the only vehicle, yesterday's or another meal's figure,
 * the last figure; and drops the gaps that the sender cannot answer or that name no vehicle of the event.
 */
record GapFilling(
        UnclearFigures figures,
        VisitEffects visits,
        UnknownVehicles vehicles,
        OwnIssueWords ownIssue,
        IssueNews news,
        SameAsYesterday yesterday,
        SameAsOtherMeal otherMeal,
        LastFigures last) {

    /** The filling of {@code event}, with the chat's own figures, visits and issues. */
    static GapFilling of(
            Event event,
            org.receptionbot.ledger.Ledger ledger,
            org.receptionbot.summary.MealBoards meals,
            UnclearFigures figures,
            VisitEffects visits,
            OwnIssueWords ownIssue,
            IssueNews news) {
        return new GapFilling(
                figures,
                visits,
                new UnknownVehicles(event),
                ownIssue,
                news,
                new SameAsYesterday(event, meals),
                new SameAsOtherMeal(event, meals),
                new LastFigures(ledger));
    }

    /**
     * What a message's outcome comes to once filled.
     *
     * @param records the records to apply: those read and those filled in
     * @param gaps the fields still to ask for
     * @param unclear the statements not understood, to name
     * @param aboard whether a bus was recorded as full for 人齐了
     * @param unbound whether a gap was dropped because the sender is bound to no delegation
     * @param noVehicle what to say of vehicles the event does not have
     * @param sameAs what to say of figures taken as yesterday's or another meal's
     */
    record Filled(
            List<Record> records,
            List<Gap> gaps,
            List<Gap> unclear,
            boolean aboard,
            boolean unbound,
            List<String> noVehicle,
            List<String> sameAs) {

        /** {@code applied} with what the filling has to say, in this order: a full bus, binding, vehicles, figures. */
        Answer noted(Answer applied, Event event) {
            if (aboard && applied.kind() == Reply.Kind.RECEIPT) applied = applied.then("（“人齐”按该车应到人数记录，如有出入请报实到人数）");
            if (unbound) applied = Unbound.bindFirst(applied, event);
            for (String s : noVehicle) applied = applied.silent() ? Answer.of(Reply.Kind.REFUSAL, s) : applied.then(s);
            for (String s : sameAs)
                applied = applied.silent()
                        ? Answer.of(gaps.isEmpty() ? Reply.Kind.ANSWER : Reply.Kind.QUESTION, s)
                        : applied.then(s);
            return applied;
        }
    }

    /** The records and gaps of {@code outcome}, read from {@code text}, filled as far as the chat knows. */
    Filled fill(ParseOutcome outcome, Asked asked, String text) {
        List<Record> records = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        gaps.replaceAll(g -> yesterday.asCount(g, asked.sender(), asked.today()).orElse(g));
        List<Gap> unclear =
                gaps.stream().filter(g -> g.missing() == Gap.Field.UNCLEAR).toList();
        gaps.removeAll(unclear);
        List<Gap> estimated = new ArrayList<>();
        for (Gap g : unclear)
            figures.estimated(g, asked.sender(), asked.today(), text, outcome.records())
                    .ifPresent(estimated::add);
        if (estimated.size() == unclear.size()) {
            gaps.addAll(estimated);
            unclear = List.of();
            // several meals' estimates are named in one question and answered in turn, in the order they were said
            if (!estimated.isEmpty() && gaps.stream().allMatch(VagueCounts::mealEstimate))
                gaps.sort(Comparator.comparingInt(g -> saidAt(text, g)));
        }
        if (unclear.size() == 1 && gaps.isEmpty() && outcome.records().isEmpty()) {
            Optional<Record> followUp = ownIssue.unread(text, asked.sender()).or(() -> news.of(text, asked.sender()));
            if (followUp.isPresent()) {
                records.add(followUp.get());
                unclear = List.of();
            }
        }
        List<Record> aboard = new ArrayList<>();
        for (Gap g : List.copyOf(gaps)) {
            Optional<Record> full = visits.allAboard(g, asked.today());
            if (full.isPresent() && gaps.remove(g)) aboard.add(full.get());
        }
        records.addAll(aboard);
        // 人齐了 35 from a delegation with one bus: that bus's count
        for (Gap g : List.copyOf(gaps)) {
            Optional<Record> only = vehicles.onlyVehicle(g, asked.sender());
            if (only.isPresent() && gaps.remove(g)) records.add(only.get());
        }
        for (Record r : outcome.records()) {
            if (Checks.needsDelegation(r)) gaps.add(new Gap(Gap.Field.DELEGATION, r, text));
            else records.add(ownIssue.read(r, text, asked.sender(), asked.now()));
        }
        List<String> sameAs = new ArrayList<>();
        for (Gap g : List.copyOf(gaps)) {
            Optional<SameAsYesterday.Taken> taken = yesterday.read(g, asked.sender(), asked.today());
            if (taken.isEmpty()) continue;
            sameAs.add(taken.get().note());
            if (taken.get().record() != null && gaps.remove(g))
                records.add(taken.get().record());
            else gaps.set(gaps.indexOf(g), taken.get().ask());
        }
        // 河北晚饭同中午: another meal's figure of the same day, as reported
        for (Gap g : List.copyOf(gaps)) {
            Optional<SameAsOtherMeal.Taken> taken = otherMeal.read(g, asked.sender());
            if (taken.isEmpty() || !gaps.remove(g)) continue;
            records.add(taken.get().record());
            sameAs.add(taken.get().note());
        }
        for (Gap g : List.copyOf(gaps)) {
            Optional<MealCount> same = last.filled(g, asked);
            if (same.isPresent() && gaps.remove(g)) records.add(same.get());
        }
        boolean unbound = gaps.removeIf(g -> Unbound.cannotAnswer(asked.sender(), g));
        List<String> noVehicle = new ArrayList<>();
        gaps.removeIf(g -> vehicles.said(g).map(noVehicle::add).orElse(false));
        return new Filled(records, gaps, unclear, !aboard.isEmpty(), unbound, noVehicle, sameAs);
    }

    /** Where the statement of {@code gap} stands in {@code text}; at the end when not found as said. */
    private static int saidAt(String text, Gap gap) {
        int at = text.indexOf(gap.statement().strip());
        return at < 0 ? text.length() : at;
    }
}
