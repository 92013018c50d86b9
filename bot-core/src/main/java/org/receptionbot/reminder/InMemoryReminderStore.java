package org.receptionbot.reminder;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link ReminderStore} in memory; for tests and runs without a store. */
public final class InMemoryReminderStore implements ReminderStore {

    private final Map<Integer, Reminder> reminders = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();

    @Override
    public Reminder add(Instant due, String text, String author) {
        Reminder reminder = new Reminder(lastId.incrementAndGet(), due, text, author);
        reminders.put(reminder.id(), reminder);
        return reminder;
    }

    @Override
    public Optional<Reminder> find(int id) {
        return Optional.ofNullable(reminders.get(id));
    }

    @Override
    public List<Reminder> all() {
        return reminders.values().stream()
                .sorted(Comparator.comparing(Reminder::due).thenComparing(Reminder::id))
                .toList();
    }

    @Override
    public Optional<Reminder> remove(int id) {
        return Optional.ofNullable(reminders.remove(id));
    }
}
