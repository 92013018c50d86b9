package org.receptionbot.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueStep;
import org.receptionbot.ledger.IssueTicket;

/** Issues in memory, for tests. */
public final class InMemoryIssueBook implements IssueBook {
    private final AtomicInteger counter = new AtomicInteger();
    private final Map<Integer, IssueTicket> tickets = new TreeMap<>();
    private final Map<String, IssueStep> steps = new HashMap<>();

    @Override
    public int nextNumber() {
        return counter.incrementAndGet();
    }

    @Override
    public synchronized void save(IssueTicket ticket) {
        tickets.put(ticket.number(), ticket);
    }

    @Override
    public synchronized Optional<IssueTicket> find(int number) {
        return Optional.ofNullable(tickets.get(number));
    }

    @Override
    public synchronized Optional<IssueTicket> findByEntry(String entryId) {
        return tickets.values().stream().filter(t -> t.holds(entryId)).findFirst();
    }

    @Override
    public synchronized List<IssueTicket> all() {
        return List.copyOf(tickets.values());
    }

    @Override
    public synchronized void saveStep(IssueStep step) {
        steps.put(step.messageRef(), step);
    }

    @Override
    public synchronized Optional<IssueStep> step(String messageRef) {
        return Optional.ofNullable(steps.get(messageRef));
    }
}
