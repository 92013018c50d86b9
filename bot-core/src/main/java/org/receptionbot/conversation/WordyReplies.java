package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A reply with words around its answer, to a 确认 prompt or to the question whether a bus count is 同车 or 更正
 * ({@link GuestCounts}): "哦 车号报错了 我们坐的是湖南的3号车 一起走的 确认", "对 确认 我们跟湖南一辆车", "是的 没错". It is taken
 * as the answer when it says yes (or, about a count of another delegation's bus, that they ride along) with no word
 * of no, names no bus and no figure but those asked about, and reports nothing of its own (read as the parser
 * reads it); anything else is a message of its own.
 */
final class WordyReplies {
    private final Event event;
    private final PendingQuestions pending;
    private final Choice choice;
    private final Reader reader;

    WordyReplies(Event event, PendingQuestions pending, Choice choice, Reader reader) {
        this.event = event;
        this.pending = pending;
        this.choice = choice;
        this.reader = reader;
    }

    /** What the reply answers. */
    sealed interface Said {}

    /** The records held for 确认 are confirmed. */
    record Confirmed() implements Said {}

    /** An option of the open question is chosen. */
    record Chosen(Choice.Option option) implements Said {}

    /** A yes to a question that asks which: the sender is told how to choose. */
    record Unchosen(String hint) implements Said {}

    /** What {@code text} answers of the sender's open question or 确认 prompt; empty when it is no answer to one. */
    Optional<Said> read(String text, Asked asked) {
        String user = asked.sender().userId();
        // 对 晚上不吃了: words that report something are a message of their own, whatever yes they say
        if (!reader.read(text, asked.now(), asked.sender().delegation())
                .records()
                .isEmpty()) return Optional.empty();
        Optional<List<Record>> shared = choice.offered(Choice.Option.SHARED, asked.chat(), user, asked.now());
        if (shared.isPresent()) {
            if (!fits(text, shared.get())) return Optional.empty();
            boolean along = BusWords.ridesAlong(text);
            boolean replaces = BusWords.replaces(text);
            if (along && !replaces) return Optional.of(new Chosen(Choice.Option.SHARED));
            if (replaces && !along) return Optional.of(new Chosen(Choice.Option.REPLACED));
            if (BusWords.confirms(text))
                return Optional.of(new Unchosen("未记录：请点按钮选择，或回复“同车”（两团人数分别记录）或“更正”/“代报”（作为该车所属代表团的人数）。"));
            return Optional.empty();
        }
        if (!(pending.peek(Keys.confirmation(asked.chat(), user), asked.now()).orElse(null)
                instanceof Pending.Confirmation held)) return Optional.empty();
        boolean yes =
                BusWords.confirms(text) || guest(held.records()) && BusWords.ridesAlong(text) && !BusWords.denies(text);
        return yes && fits(text, held.records()) ? Optional.of(new Confirmed()) : Optional.empty();
    }

    /** Whether the held records count another delegation's people on a bus ("青海…3号车实到27人" for 湖南's bus). */
    private boolean guest(List<Record> records) {
        for (Record r : records)
            if (r instanceof Headcount h) {
                String bus = event.vehicle(h.vehicle()).map(Vehicle::delegation).orElse(null);
                if (bus != null && h.delegation() != null && !bus.equals(h.delegation())) return true;
            }
        return false;
    }

    /** Whether the buses and figures the text names are all among those asked about. */
    private static boolean fits(String text, List<Record> asked) {
        List<String> buses = asked.stream()
                .filter(Headcount.class::isInstance)
                .map(r -> ((Headcount) r).vehicle())
                .toList();
        List<Integer> figures = asked.stream()
                .map(WordyReplies::figure)
                .flatMap(Optional::stream)
                .toList();
        return buses.containsAll(BusWords.vehicles(text)) && figures.containsAll(BusWords.figures(text));
    }

    private static Optional<Integer> figure(Record r) {
        if (r instanceof Headcount h) return Optional.of(h.count());
        if (r instanceof MealCount m) return Optional.ofNullable(m.count());
        if (r instanceof MealCancel m) return Optional.ofNullable(m.count());
        if (r instanceof MealAdd m) return Optional.ofNullable(m.count());
        if (r instanceof Movement m) return Optional.ofNullable(m.count());
        return Optional.empty();
    }
}
