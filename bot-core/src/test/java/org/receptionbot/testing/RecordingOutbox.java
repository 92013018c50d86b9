package org.receptionbot.testing;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;

/** An {@link Outbox} that keeps what the core said, for assertions. */
public final class RecordingOutbox implements Outbox {
    private final List<Reply> sent = new ArrayList<>();

    @Override
    public synchronized void send(Reply reply) {
        sent.add(reply);
    }

    public synchronized List<Reply> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<String> texts() {
        return sent.stream().map(Reply::text).toList();
    }

    public synchronized List<Reply> sentTo(ChatRef chat) {
        return sent.stream().filter(r -> r.chat().equals(chat)).toList();
    }

    /** The last reply, failing when nothing was said. */
    public synchronized Reply last() {
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent");
        }
        return sent.get(sent.size() - 1);
    }

    public synchronized void clear() {
        sent.clear();
    }
}
