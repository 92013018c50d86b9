package org.receptionbot.adapters.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory platform: it records every call with the time it came, and answers each chat with
 * the outcomes lined up for it, then {@link Outcome.Sent}. Chats whose id starts with {@code g} are
 * groups. Safe to share between outboxes on several threads.
 */
final class FakeSender implements ChatSender {
    static final String PLATFORM = "fake";

    /** One call: when it came, what it asked, what it was told. */
    record Call(Instant at, Delivery delivery, Outcome outcome) {
        boolean accepted() {
            return outcome instanceof Outcome.Sent;
        }

        String text() {
            return ((Delivery.Message) delivery).text();
        }
    }

    private final SendLimits limits;
    private final Clock clock;
    private final List<Call> calls = new ArrayList<>(); // guarded by this
    private final Map<String, Deque<Outcome>> lined = new HashMap<>(); // guarded by this
    private int sent; // guarded by this

    FakeSender(SendLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public SendLimits limits() {
        return limits;
    }

    @Override
    public boolean isGroup(String chat) {
        return chat.startsWith("g");
    }

    @Override
    public synchronized Outcome send(Delivery delivery) {
        Outcome outcome =
                lined.getOrDefault(delivery.chat(), new ArrayDeque<>()).poll();
        if (outcome == null) outcome = new Outcome.Sent(Integer.toString(++sent));
        calls.add(new Call(clock.instant(), delivery, outcome));
        return outcome;
    }

    /** The outcomes of the chat's next calls, in order. */
    synchronized void lineUp(String chat, Outcome... outcomes) {
        lined.computeIfAbsent(chat, c -> new ArrayDeque<>()).addAll(Arrays.asList(outcomes));
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    synchronized List<Call> callsTo(String chat) {
        return calls.stream().filter(c -> c.delivery().chat().equals(chat)).toList();
    }

    /** The messages the platform took for the chat, in order. */
    synchronized List<Call> messagesTo(String chat) {
        return callsTo(chat).stream()
                .filter(c -> c.accepted() && c.delivery() instanceof Delivery.Message)
                .toList();
    }

    synchronized List<Call> accepted() {
        return calls.stream().filter(Call::accepted).toList();
    }
}
