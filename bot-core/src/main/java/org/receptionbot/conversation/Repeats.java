package org.receptionbot.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A relative change ("减6人", "10人先走") the sender already sent a short while ago, read the same,
 * may be the same message sent again (a busy group, a resend): it is applied twice only when the
 * sender says so. Absolute figures need no question: the second changes nothing.
 */
public final class Repeats {
    static final Duration WITHIN = Duration.ofMinutes(10);
    private final Ledger ledger;
    private final Choice choice;

    public Repeats(Ledger ledger, Choice choice) {
        this.ledger = ledger;
        this.choice = choice;
    }

    /**
     * As {@link #ask}, leaving out a meal being {@code served}: its report is answered as such, not asked about, after
     * the question on the rest.
     */
    Optional<Answer> askBesideServed(ParseOutcome outcome, String text, Asked asked, ServedMeals served) {
        return ask(outcome, text, asked, served.standing(asked.now()))
                .map(repeat -> served.split(
                                outcome.records(),
                                List.of(),
                                asked.now(),
                                asked.sender().coordinator())
                        .said()
                        .map(repeat::then)
                        .orElse(repeat));
    }

    /**
     * The question to ask instead of applying what was read, if it repeats the sender's last report,
     * leaving out on both sides the records that {@code stands} (a served meal's, which is not
     * recorded again): the records held for 是 are the others.
     */
    Optional<Answer> ask(ParseOutcome outcome, String text, Asked asked, Predicate<Record> stands) {
        if (!(outcome instanceof ParseOutcome.Understood u)) return Optional.empty();
        List<Record> records = u.records().stream().filter(stands.negate()).toList();
        Optional<Record> relative = records.stream().filter(Repeats::relative).findFirst();
        if (relative.isEmpty() || text.contains("再") || !repeats(records, asked, stands)) return Optional.empty();
        String[] change = change(relative.get());
        String question = "10分钟内已收到相同的报告（" + change[0] + "），" + change[1];
        return Optional.of(again(question, asked, records));
    }

    /**
     * Asks {@code question} (no closing line), applying {@code records} only on 是: a change that may repeat a
     * report, as above or in other words ({@link EchoedReports}).
     */
    Answer again(String question, Asked asked, List<Record> records) {
        return choice.ask(
                question + "\n请点按钮或回复“是”或“否”。",
                asked,
                records,
                new Choice.Offer(Choice.Option.AGAIN, "是", records),
                new Choice.Offer(Choice.Option.ONCE, "否", List.of()));
    }

    private boolean repeats(List<Record> records, Asked asked, Predicate<Record> stands) {
        return ledger.lastMessageOf(asked.chat(), asked.sender().userId())
                .filter(ref -> !ref.equals(asked.source().messageRef())) // this message, delivered again
                .map(ref -> ledger.activeEntriesOf(ref))
                .filter(earlier -> !earlier.isEmpty())
                .filter(earlier ->
                        !earlier.get(0).source().at().isBefore(asked.now().minus(WITHIN)))
                .filter(earlier -> alike(
                        earlier.stream()
                                .map(Entry::record)
                                .filter(stands.negate())
                                .toList(),
                        records))
                .isPresent();
    }

    /**
     * The same records; arrivals reported as they happen are timed at their report's minute
     * ({@link ArrivalConfirmations#timed}), so two of the same people within {@link #WITHIN} are alike.
     */
    private static boolean alike(List<Record> earlier, List<Record> records) {
        if (earlier.size() != records.size()) return false;
        for (int i = 0; i < records.size(); i++)
            if (!earlier.get(i).equals(records.get(i)) && !sameArrival(earlier.get(i), records.get(i))) return false;
        return true;
    }

    private static boolean sameArrival(Record a, Record b) {
        return a instanceof Arrival x
                && b instanceof Arrival y
                && x.time() != null
                && y.time() != null
                && Math.abs(Duration.between(x.time(), y.time()).toMinutes()) <= WITHIN.toMinutes()
                && x.equals(new Arrival(y.delegation(), y.date(), x.time(), y.count(), y.transport(), y.part()));
    }

    static boolean relative(Record r) {
        return r instanceof MealAdd
                || r instanceof MealCancel c && !c.wholeDelegation()
                || r instanceof Movement m && m.count() != null;
    }

    /** The change in words and the question: {"减6人", "是否再减6人？"}. */
    private static String[] change(Record r) {
        if (r instanceof MealCancel c) return new String[] {"减" + c.count() + "人", "是否再减" + c.count() + "人？"};
        if (r instanceof MealAdd a) return new String[] {"加" + a.count() + "人", "是否再加" + a.count() + "人？"};
        Movement m = (Movement) r;
        String what = m.count() + "人" + (m instanceof org.receptionbot.record.Arrival ? "抵达" : "离开");
        return new String[] {what, "是否再记录一次？"};
    }
}
