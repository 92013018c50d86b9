package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.Event;

/**
 * A sender's undos as the ledger keeps them, for a redo ("刚才撤销错了"): an undo is a message (or a
 * button press) that withdrew entries and recorded none itself; what it took back are the entries it
 * withdrew, what it gave back those put back under the key {@code …@reinstated:<undo key>}
 * ({@link Reinstatement}).
 */
public final class UndoneRecords {
    private final Event event;
    private final Ledger ledger;

    public UndoneRecords(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /**
     * One undo.
     *
     * @param by the undo's message or press
     * @param withdrawn the entries it took back, in append order
     * @param reinstated the entries it put back that are still in force
     */
    public record Undo(Source by, List<Entry> withdrawn, List<Entry> reinstated) {}

    /** The latest undo by this sender in this chat that took back records; empty when none. */
    public Optional<Undo> latest(ChatRef chat, String senderId) {
        Set<String> recorded = new HashSet<>();
        Map<String, List<Entry>> withdrawnBy = new LinkedHashMap<>();
        Map<String, Source> undos = new LinkedHashMap<>();
        List<Entry> active = new ArrayList<>();
        for (LocalDate d = event.start().minusDays(1); !d.isAfter(event.end().plusDays(1)); d = d.plusDays(1)) {
            DayLog log = ledger.day(d);
            for (Entry e : log.entries()) {
                recorded.add(e.source().messageKey());
                Withdrawal w = log.withdrawn().get(e.id());
                if (w == null) active.add(e);
                else if (w.by().chat().equals(chat) && w.by().senderId().equals(senderId)) {
                    withdrawnBy
                            .computeIfAbsent(w.by().messageKey(), k -> new ArrayList<>())
                            .add(e);
                    undos.put(w.by().messageKey(), w.by());
                }
            }
        }
        return undos.values().stream()
                .filter(by -> !recorded.contains(by.messageKey()))
                .max((a, b) -> a.at().compareTo(b.at()))
                .map(by -> new Undo(
                        by,
                        withdrawnBy.get(by.messageKey()),
                        active.stream()
                                .filter(e ->
                                        e.source().messageKey().endsWith(Reinstatement.REINSTATED + by.messageKey()))
                                .toList()));
    }
}
