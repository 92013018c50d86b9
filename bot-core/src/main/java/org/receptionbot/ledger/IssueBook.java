package org.receptionbot.ledger;

import java.util.List;
import java.util.Optional;

/** The store of issues and their loop. Safe for concurrent callers. */
public interface IssueBook {

    /** A new short number: 1, 2, 3 … in the order asked for, never reused (an atomic counter). */
    int nextNumber();

    /** Stores a ticket, replacing the one with the same number. */
    void save(IssueTicket ticket);

    Optional<IssueTicket> find(int number);

    /** The ticket reported or followed up in this ledger entry ({@link IssueTicket#holds}), if any. */
    Optional<IssueTicket> findByEntry(String entryId);

    /** All tickets, by number. */
    List<IssueTicket> all();

    /** Keeps a coordinator's step under its message, replacing any kept there before. */
    void saveStep(IssueStep step);

    /** The step made by this message ({@link Source#messageRef()}), if it made one. */
    Optional<IssueStep> step(String messageRef);
}
