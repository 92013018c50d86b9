package org.receptionbot.command;

import java.time.Clock;
import java.time.Duration;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.access.People;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.RecordText;

/**
 * Everything the conversation and the commands work with: the event, the ports, and the core
 * services built on them. Built once by the composition root.
 */
public final class Desk {
    private final Event event;
    private final Ledger ledger;
    private final PendingQuestions pending;
    private final Bindings bindings;
    private final Outbox outbox;
    private final Clock clock;
    private final IssueBook issueBook;
    private final Recorder recorder;
    private final People people;
    private final MealBoards meals;
    private final MovementBoards movements;
    private final HeadcountBoards headcounts;
    private final IssueBoards issues;

    /** @param oldIssueAfter how long an issue may wait before summaries flag it */
    public Desk(Event event, Ports ports, Outbox outbox, Clock clock, Duration oldIssueAfter) {
        this.event = event;
        this.ledger = ports.ledger();
        this.pending = ports.pending();
        this.bindings = ports.bindings();
        this.issueBook = ports.issues();
        this.outbox = outbox;
        this.clock = clock;
        this.recorder = new Recorder(event, ledger, issueBook);
        this.people = new People(event, bindings);
        this.meals = new MealBoards(event, ledger);
        this.movements = new MovementBoards(event, ledger);
        this.headcounts = new HeadcountBoards(event, ledger);
        this.issues = new IssueBoards(event, issueBook, oldIssueAfter);
    }

    /** The store ports of the ledger. */
    public record Ports(Ledger ledger, IssueBook issues, Bindings bindings, PendingQuestions pending) {}

    public Event event() {
        return event;
    }

    public Ledger ledger() {
        return ledger;
    }

    public PendingQuestions pending() {
        return pending;
    }

    public Bindings bindings() {
        return bindings;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Clock clock() {
        return clock;
    }

    public IssueBook issueBook() {
        return issueBook;
    }

    public Recorder recorder() {
        return recorder;
    }

    public People people() {
        return people;
    }

    public MealBoards meals() {
        return meals;
    }

    public MovementBoards movements() {
        return movements;
    }

    public HeadcountBoards headcounts() {
        return headcounts;
    }

    public IssueBoards issues() {
        return issues;
    }

    public IssueLoop loop() {
        return new IssueLoop(issueBook);
    }

    public RecordText texts() {
        return new RecordText(event);
    }

    public DelegationNames names() {
        return new DelegationNames(event);
    }
}
