package org.receptionbot.adapters.outbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The chats' send locks ({@link OutboxKeys#lock}): only a chat's holder reads its head, sends it and
 * records it, so two senders on one Redis never send one item both.
 *
 * <p>A lock is a short lease that its holder renews, from a thread of its own, every third of the
 * lease while it holds it: a call to the platform may take longer than the lease, and a sender that
 * died (SIGKILL) frees its chat within one lease, so that a restarted bot sends at once. A holder
 * that cannot reach Redis for longer than a lease may lose its chat while its call runs. Taking,
 * renewing and releasing are scripts that check the holder's token, so that each may run twice. The
 * token is this sender's, so that it takes again at once a lock it could not release.
 */
final class ChatLocks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ChatLocks.class);

    private static final RedisScript<Long> TAKE = OutQueue.script("""
            local holder = redis.call('GET', KEYS[1])
            if holder and holder ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1""");
    private static final RedisScript<Long> RENEW = OutQueue.script("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            return redis.call('PEXPIRE', KEYS[1], ARGV[2])""");
    private static final RedisScript<Long> RELEASE = OutQueue.script("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""");

    private final StringRedisTemplate redis;
    private final OutboxKeys keys;
    private final Duration lease;
    private final String token = UUID.randomUUID().toString();
    private final ScheduledExecutorService renewer;

    /** @param platform names the renewing thread */
    ChatLocks(StringRedisTemplate redis, OutboxKeys keys, Duration lease, String platform) {
        if (lease.toMillis() < 30) throw new IllegalArgumentException("a lease this short cannot be renewed: " + lease);
        this.redis = redis;
        this.keys = keys;
        this.lease = lease;
        this.renewer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, platform + "-send-lease");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Takes the chat's lock, or returns null when another sender holds it. This sender holds a chat
     * once at a time: it takes a chat again only after closing what it got.
     */
    Held take(String chat) {
        if (!Long.valueOf(1).equals(redis.execute(TAKE, List.of(keys.lock(chat)), token, millis()))) return null;
        long every = lease.toMillis() / 3;
        try {
            return new Held(
                    chat, renewer.scheduleWithFixedDelay(() -> renew(chat), every, every, TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException closed) {
            release(chat);
            return null;
        }
    }

    /** Stops renewing; a lock still held lapses within one lease. */
    @Override
    public void close() {
        renewer.shutdownNow();
    }

    private void renew(String chat) {
        try {
            if (!Long.valueOf(1).equals(redis.execute(RENEW, List.of(keys.lock(chat)), token, millis()))) {
                log.warn("the send lock of chat {} lapsed while this sender held it", chat);
            }
        } catch (RuntimeException e) {
            log.warn("could not renew the send lock of chat {}", chat, e);
        }
    }

    private void release(String chat) {
        redis.execute(RELEASE, List.of(keys.lock(chat)), token);
    }

    private String millis() {
        return Long.toString(lease.toMillis());
    }

    /** A lock this sender holds; closing it releases it. */
    final class Held implements AutoCloseable {
        private final String chat;
        private final ScheduledFuture<?> renewal;

        private Held(String chat, ScheduledFuture<?> renewal) {
            this.chat = chat;
            this.renewal = renewal;
        }

        @Override
        public void close() {
            renewal.cancel(false);
            release(chat);
        }
    }
}
