package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * The bus of a count held back for 确认 (or asked 同车 or 更正, {@link GuestCounts}) corrected in words ("不好意思 发错了 是5号车", "不对 应该是5号车"): the held count is
 * taken as said of that bus and checked again, as if sent so; it is no vehicle problem. A count let go because the
 * bus's own liaison counted it since ({@link Holds#replacedBy}) is corrected so too.
 */
final class VehicleCorrections {
    private static final Pattern SAID = Pattern.compile("(?:不好意思|对不起|抱歉|哦|噢)?[，,。！!\\s]*"
            + "(?:(?:发错了|说错了|写错了|打错了|搞错了|报错了|不对|错了)[，,。！!\\s]*)+(?:车号)?(?:是|应该是|应是|应为|改成|改为)?\\s*"
            + "(\\d{1,3})号车(?:的)?[。！!]*");

    private final Event event;
    private final PendingQuestions pending;
    private final Intake intake;
    private final Choice choice;

    VehicleCorrections(Event event, PendingQuestions pending, Intake intake, Choice choice) {
        this.event = event;
        this.pending = pending;
        this.intake = intake;
        this.choice = choice;
    }

    /** The count said of bus {@code vehicle}: the delegation it was of by its first bus is that of the bus said. */
    private Headcount onBus(Headcount h, String vehicle) {
        String first = event.vehicle(h.vehicle()).map(Vehicle::delegation).orElse(null);
        String delegation = h.delegation() == null || h.delegation().equals(first)
                ? event.vehicle(vehicle).map(Vehicle::delegation).orElse(null)
                : h.delegation();
        return new Headcount(vehicle, h.count(), delegation);
    }

    /** The held count under {@code key}, taken from it, when what is held there is one bus count. */
    private Optional<Pending.Confirmation> held(String key, Asked asked) {
        if (!(pending.peek(key, asked.now()).orElse(null) instanceof Pending.Confirmation held)
                || held.records().stream().filter(r -> r instanceof Headcount).count() != 1) return Optional.empty();
        pending.take(key, asked.now());
        return Optional.of(held);
    }

    /**
     * The count as read that the sender's open question 同车 or 更正 is about ({@link GuestCounts}), taken with the
     * question, when it is one bus count.
     */
    private Optional<Pending.Confirmation> asked(Asked asked) {
        String user = asked.sender().userId();
        boolean one = choice.offered(Choice.Option.REPLACED, asked.chat(), user, asked.now())
                .filter(records ->
                        records.stream().filter(r -> r instanceof Headcount).count() == 1)
                .isPresent();
        return one ? choice.take(Choice.Option.REPLACED, asked.chat(), user, asked) : Optional.empty();
    }

    /** The answer when {@code text} corrects the bus of the sender's held count; empty otherwise. */
    Optional<Answer> answer(String text, Asked asked) {
        Matcher m = SAID.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        Optional<Pending.Confirmation> count = held(
                        Keys.confirmation(asked.chat(), asked.sender().userId()), asked)
                .or(() -> asked(asked))
                .or(() -> held(Keys.released(asked.chat(), asked.sender().userId()), asked));
        if (count.isEmpty()) return Optional.empty();
        Pending.Confirmation held = count.get();
        List<Record> records = held.records().stream()
                .map(r -> r instanceof Headcount h ? onBus(h, m.group(1)) : r)
                .toList();
        return Optional.of(
                intake.applyHeld(records, held.source().keyedBy(asked.source().messageKey()), asked, false));
    }
}
