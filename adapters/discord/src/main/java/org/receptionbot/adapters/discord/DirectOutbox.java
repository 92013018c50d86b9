package org.receptionbot.adapters.discord;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts what the core says through a {@link DiscordSender}, one part after another on one thread,
 * once the gateway is up; a stop lets what is queued go out for a few seconds. A 429 is waited out, a failure tried again with backoff. Kept in memory
 * only: until it is plugged into the durable outbox, what is not yet sent at a stop is lost.
 */
final class DirectOutbox implements Outbox, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DirectOutbox.class);
    private static final int ATTEMPTS = 5;
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final ExecutorService sending = Executors.newSingleThreadExecutor(r -> new Thread(r, "discord-outbound"));
    private final CountDownLatch ready = new CountDownLatch(1);
    private volatile DiscordSender sender;

    /** Starts sending through {@code sender}; what was queued before goes out now. */
    void start(DiscordSender sender) {
        this.sender = sender;
        ready.countDown();
    }

    @Override
    public void send(Reply reply) {
        ChatRef chat = reply.chat();
        if (!DiscordAdapter.PLATFORM.equals(chat.platform())) {
            throw new IllegalArgumentException("not a Discord chat: " + chat);
        }
        List<OutPart> parts = OutText.parts(reply);
        if (parts.isEmpty()) return;
        sending.execute(() -> deliver(chat.chatId(), parts));
    }

    private void deliver(String channel, List<OutPart> parts) {
        try {
            ready.await();
            for (OutPart part : parts) deliver(channel, part);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliver(String channel, OutPart part) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; ) {
            Outcome outcome = sender.send(channel, part);
            if (outcome instanceof Outcome.Sent) return;
            if (outcome instanceof Outcome.RetryAfter r) {
                Thread.sleep(r.delay().toMillis());
            } else if (outcome instanceof Outcome.Refused r) {
                log.warn(
                        "Discord refused a message for channel {} ({} {}); it is dropped",
                        channel,
                        r.code(),
                        r.reason());
                return;
            } else if (outcome instanceof Outcome.Failed f) {
                if (attempt++ >= ATTEMPTS) {
                    log.error("could not send to Discord channel {} ({}); the message is dropped", channel, f.reason());
                    return;
                }
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2);
            }
        }
    }

    @Override
    public void close() {
        sending.shutdown();
        try {
            if (!sending.awaitTermination(5, TimeUnit.SECONDS)) sending.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
