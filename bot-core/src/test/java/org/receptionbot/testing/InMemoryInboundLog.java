package org.receptionbot.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;

/** An {@link InboundLog} in memory with the store's semantics: one copy per {@link IncomingMessage#key()}. */
public final class InMemoryInboundLog implements InboundLog {

    private final Map<String, IncomingMessage> byKey = new LinkedHashMap<>();
    private final java.util.Set<String> handled = new java.util.HashSet<>();

    @Override
    public synchronized boolean store(IncomingMessage message) {
        byKey.putIfAbsent(message.key(), message);
        return !handled.contains(message.key());
    }

    @Override
    public synchronized void handled(IncomingMessage message) {
        handled.add(message.key());
    }

    @Override
    public synchronized List<IncomingMessage> recent(ChatRef chat, int limit) {
        if (limit <= 0) return List.of();
        List<IncomingMessage> all = of(chat);
        return List.copyOf(all.subList(Math.max(0, all.size() - limit), all.size()));
    }

    @Override
    public synchronized long count(ChatRef chat) {
        return of(chat).size();
    }

    /** Every stored message of every chat, in the order stored. */
    public synchronized List<IncomingMessage> all() {
        return List.copyOf(byKey.values());
    }

    private List<IncomingMessage> of(ChatRef chat) {
        List<IncomingMessage> result = new ArrayList<>();
        for (IncomingMessage m : byKey.values()) {
            if (m.chat().equals(chat)) {
                result.add(m);
            }
        }
        return result;
    }
}
