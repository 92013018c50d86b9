package org.receptionbot.reminder;

import java.time.Instant;

/**
 * A reminder to say in the work group.
 *
 * @param id small number coordinators use to delete it
 * @param due when to say it
 * @param author the coordinator's name
 */
public record Reminder(int id, Instant due, String text, String author) {

    public Reminder {
        if (id < 1) throw new IllegalArgumentException("id must be >= 1: " + id);
        if (text == null || text.isBlank()) throw new IllegalArgumentException("text is blank");
    }
}
