package org.receptionbot.reminder;

/**
 * Makes {@link Reminders#deliver} run for a reminder at its due time, once across all instances of
 * the bot, also after a restart.
 */
public interface ReminderTimer {

    void schedule(Reminder reminder);

    void cancel(int id);
}
