package org.receptionbot.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Withdrawal;
import org.receptionbot.record.Movement;

/** The ledger in memory, for tests: a reference for what a store must do. */
public final class InMemoryLedger implements Ledger {
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final Map<LocalDate, List<Entry>> byDay = new HashMap<>();
    private final Map<String, List<Entry>> byMessage = new HashMap<>();
    private final Map<String, Withdrawal> withdrawn = new HashMap<>();
    private final Map<String, String> lastBySender = new HashMap<>();
    private final List<Entry> movements = new ArrayList<>();
    private final Map<String, ActualCount> actuals = new LinkedHashMap<>();

    @Override
    public synchronized boolean append(String messageKey, List<Entry> entries) {
        if (!applied.add(messageKey)) return false;
        for (Entry entry : entries) {
            byDay.computeIfAbsent(entry.day(), d -> new ArrayList<>()).add(entry);
            if (entry.record() instanceof Movement) movements.add(entry);
            byMessage
                    .computeIfAbsent(entry.source().messageRef(), m -> new ArrayList<>())
                    .add(entry);
            lastBySender.put(
                    senderKey(entry.source().chat(), entry.source().senderId()),
                    entry.source().messageRef());
        }
        return true;
    }

    @Override
    public synchronized void withdraw(List<Withdrawal> withdrawals) {
        withdrawals.forEach(w -> withdrawn.putIfAbsent(w.entryId(), w));
    }

    @Override
    public synchronized DayLog day(LocalDate day) {
        List<Entry> entries = byDay.getOrDefault(day, List.of());
        Map<String, Withdrawal> of = new HashMap<>();
        for (Entry e : entries) if (withdrawn.containsKey(e.id())) of.put(e.id(), withdrawn.get(e.id()));
        return new DayLog(day, entries, of);
    }

    @Override
    public synchronized List<Entry> activeEntriesOf(String messageRef) {
        return byMessage.getOrDefault(messageRef, List.of()).stream()
                .filter(e -> !withdrawn.containsKey(e.id()))
                .toList();
    }

    @Override
    public synchronized Optional<String> lastMessageOf(ChatRef chat, String senderId) {
        return Optional.ofNullable(lastBySender.get(senderKey(chat, senderId)));
    }

    @Override
    public synchronized List<Entry> activeMovements() {
        return movements.stream().filter(e -> !withdrawn.containsKey(e.id())).toList();
    }

    @Override
    public synchronized void recordActual(ActualCount actual) {
        actuals.put(actual.date() + "|" + actual.meal() + "|" + actual.venue(), actual);
    }

    @Override
    public synchronized List<ActualCount> actuals(LocalDate day) {
        return actuals.values().stream().filter(a -> a.date().equals(day)).toList();
    }

    private static String senderKey(ChatRef chat, String senderId) {
        return chat.platform() + ":" + chat.chatId() + ":" + senderId;
    }
}
