package org.receptionbot.adapters.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What the bot says on one platform: a queue per chat in Redis, delivered through the platform's
 * {@link ChatSender} within the limits it declares. See the package documentation for what it
 * promises.
 *
 * <p>{@link #send(Reply)} and {@link #send(Attachment)} only queue. {@link #deliverDue()} delivers
 * what the limits allow, either on the caller's thread or on the thread {@link #start()} runs.
 */
public final class DurableOutbox implements Outbox, Attachments, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DurableOutbox.class);

    /** The sign put on each message a digest answers; the digest's text names it. */
    public static final String MARK = "👌";

    private final String platform;
    private final OutQueue queue;
    private final ChatLocks locks;
    private final ChatDelivery delivery;
    private final Rendering rendering;
    private final SenderThread thread;
    private final ReentrantLock pass = new ReentrantLock();

    public DurableOutbox(ChatSender sender, StringRedisTemplate redis, OutboxSettings settings, Clock clock) {
        OutboxKeys keys = new OutboxKeys(settings.keyTag());
        this.platform = sender.platform();
        this.queue = new OutQueue(redis, keys);
        this.locks = new ChatLocks(redis, keys, settings.lease(), platform);
        Pacing pacing = new Pacing(redis, keys, sender.limits());
        this.delivery = new ChatDelivery(sender, queue, locks, pacing, settings.busyBacklog(), clock);
        this.rendering = Rendering.of(sender);
        this.thread = new SenderThread(threadName(platform), this::deliverDue, clock);
    }

    /** The name of the sending thread of the platform's outbox, {@code telegram-outbound}. */
    public static String threadName(String platform) {
        return platform + "-outbound";
    }

    /** Queues the reply; a reply without visible text is not sent. */
    @Override
    public void send(Reply reply) {
        String chat = chatOf(reply.chat());
        OutItem item = OutItem.of(reply);
        if (item.steps(rendering) == 0) {
            log.debug("not sending a blank reply to chat {}", chat);
            return;
        }
        queue.push(chat, item);
        thread.wake();
    }

    /** Queues the file; false when it could not be queued. */
    @Override
    public boolean send(Attachment attachment) {
        String chat = chatOf(attachment.chat());
        try {
            queue.push(chat, OutItem.of(attachment));
        } catch (RuntimeException e) {
            log.warn("could not queue the file {} for chat {}", attachment.fileName(), chat, e);
            return false;
        }
        thread.wake();
        return true;
    }

    /**
     * Sends, on the calling thread, what the limits allow now in every chat with pending items, one
     * step per chat in turn so that a long queue does not starve the others. Passes in one process
     * run one at a time.
     *
     * @return the earliest time something more may be sent, or null when nothing waits
     */
    public Instant deliverDue() {
        pass.lock();
        try {
            Instant earliest = null;
            List<String> active = new ArrayList<>(queue.chats());
            while (!active.isEmpty() && !thread.stopped()) {
                for (Iterator<String> chats = active.iterator(); chats.hasNext() && !thread.stopped(); ) {
                    Step step = delivery.step(chats.next());
                    if (!step.progressed()) {
                        chats.remove();
                        earliest = earlier(earliest, step.next());
                    }
                }
            }
            return earliest;
        } finally {
            pass.unlock();
        }
    }

    /** Starts the sending thread, which delivers until {@link #close()}. */
    public void start() {
        thread.start();
    }

    /** Stops the sending thread; what is still queued stays in Redis for the next start. */
    @Override
    public void close() {
        try {
            thread.stop();
        } finally {
            locks.close();
        }
    }

    private String chatOf(ChatRef chat) {
        if (!platform.equals(chat.platform())) {
            throw new IllegalArgumentException("not a " + platform + " chat: " + chat);
        }
        return chat.chatId();
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isBefore(b) ? a : b;
    }
}
