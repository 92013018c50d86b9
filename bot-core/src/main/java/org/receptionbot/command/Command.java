package org.receptionbot.command;

import java.time.LocalDate;

/** A command someone typed, recognised but not yet checked. Null fields were not given. */
public sealed interface Command {

    record Help() implements Command {}

    /** The meal board of a serving; null date = today, null meal = the next serving. */
    record Meals(LocalDate date, String meal) implements Command {}

    record Moves(LocalDate date) implements Command {}

    record Issues() implements Command {}

    /** Bus head counts of a day. */
    record Counts(LocalDate date) implements Command {}

    /** @param delegation what was typed for the delegation, or null for the sender's own */
    record Status(String delegation) implements Command {}

    record Car(String vehicle) implements Command {}

    /** The site-visit lists; {@code route} is the route's name or alias typed, or null for every route. */
    record Visits(String route) implements Command {}

    record Undo() implements Command {}

    record Bind(String delegation) implements Command {}

    /** @param note what the coordinator adds ("已派医生"), or null */
    record Ack(Integer number, String note) implements Command {
        public Ack(Integer number) {
            this(number, null);
        }
    }

    record Done(Integer number, String resolution) implements Command {}

    /** @param venue what was typed for the venue; null fields were missing */
    record Actual(String venue, String meal, Integer count, LocalDate date) implements Command {}

    record Export(LocalDate from, LocalDate to) implements Command {}

    /** {@code /remind 明天07:30 各代表团带好参赛证}: the text after the command. */
    record Remind(String text) implements Command {}

    /** {@code /reminders}. */
    record ListReminders() implements Command {}

    /** {@code /unremind 3}. */
    record Unremind(Integer id) implements Command {}

    /** A {@code /word} the bot does not know, or a word it could not read (e.g. a bad date). */
    record Unknown(String word) implements Command {}

    /** A command that cannot be done as typed (an impossible date), with why, to answer. */
    record Refused(String reason) implements Command {}
}
