/**
 * Custom reminders set by coordinators ({@code /remind 明天07:30 ...}, {@code /reminders},
 * {@code /unremind 3}): stored through {@link org.receptionbot.reminder.ReminderStore}, timed
 * through {@link org.receptionbot.reminder.ReminderTimer}, said in the work group when due.
 */
package org.receptionbot.reminder;
