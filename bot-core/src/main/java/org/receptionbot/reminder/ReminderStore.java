package org.receptionbot.reminder;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where reminders are kept until they are said or deleted; survives restarts. */
public interface ReminderStore {

    /** Stores a new reminder under the next free id. */
    Reminder add(Instant due, String text, String author);

    Optional<Reminder> find(int id);

    /** All stored reminders, by due time, then by id. */
    List<Reminder> all();

    /** Deletes the reminder; returns it if it was there. */
    Optional<Reminder> remove(int id);
}
