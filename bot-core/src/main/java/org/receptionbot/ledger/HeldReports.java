package org.receptionbot.ledger;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which keys of {@link PendingQuestions} hold reports for a day (waiting for a 确认, or the
 * subject of a two-way question waiting for its answer), so that the boards and the reminders of
 * that day can show them as 待确认. Only the keys are listed here: what a key holds stays in
 * {@link PendingQuestions}, and a key whose question was answered, corrected, replaced or whose day
 * has passed shows nothing, so nothing needs to be taken off this list.
 */
public interface HeldReports {

    /** Lists {@code key} under {@code day}; listing it again changes nothing. */
    void list(LocalDate day, String key);

    /** The keys listed under {@code day}. */
    Set<String> keys(LocalDate day);
}
