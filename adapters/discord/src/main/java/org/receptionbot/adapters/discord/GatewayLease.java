package org.receptionbot.adapters.discord;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Which instance on one Redis holds the Discord gateway ({@link Keys#gatewayLease()}): a lease its
 * holder renews every third of its length from a thread of its own. A holder that stops renewing
 * (killed, cut off from Redis) loses it within one lease, and another instance takes it; a holder
 * that finds its lease gone or taken is told through {@code onLost}. Taking, renewing and releasing
 * check the holder's token.
 */
final class GatewayLease implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayLease.class);

    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local holder = redis.call('GET', KEYS[1])
            if holder and holder ~= ARGV[1] then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1""", Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            return redis.call('PEXPIRE', KEYS[1], ARGV[2])""", Long.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final Duration lease;
    private final Runnable onLost;
    private final String token = UUID.randomUUID().toString();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "discord-gateway-lease");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> renewal; // guarded by this
    private long renewedAt; // guarded by this, System.nanoTime()
    private int renewals; // guarded by this

    GatewayLease(StringRedisTemplate redis, Duration lease, Runnable onLost) {
        this.redis = redis;
        this.lease = lease;
        this.onLost = onLost;
    }

    /** Takes the lease unless another instance holds it; true when this one holds it now. */
    synchronized boolean take() {
        if (renewal != null) return true;
        if (!ok(redis.execute(TAKE, List.of(Keys.gatewayLease()), token, millis()))) return false;
        renewedAt = System.nanoTime();
        long every = lease.toMillis() / 3;
        renewal = renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        return true;
    }

    synchronized boolean held() {
        return renewal != null;
    }

    /** How many times this instance has renewed the lease it holds (for tests to wait on). */
    synchronized int renewals() {
        return renewals;
    }

    /** Gives the lease up at once, so that another instance can take it. */
    synchronized void release() {
        if (renewal == null) return;
        renewal.cancel(false);
        renewal = null;
        try {
            redis.execute(RELEASE, List.of(Keys.gatewayLease()), token);
        } catch (RuntimeException e) {
            log.warn("could not release the Discord gateway lease; it lapses within {} s", lease.toSeconds(), e);
        }
    }

    @Override
    public void close() {
        release();
        renewer.shutdownNow();
    }

    private void renew() {
        boolean lost;
        synchronized (this) {
            if (renewal == null) return;
            try {
                lost = !ok(redis.execute(RENEW, List.of(Keys.gatewayLease()), token, millis()));
                if (!lost) {
                    renewedAt = System.nanoTime();
                    renewals++;
                }
            } catch (RuntimeException e) {
                lost = System.nanoTime() - renewedAt >= lease.toNanos();
                log.warn("could not renew the Discord gateway lease", e);
            }
            if (lost) {
                renewal.cancel(false);
                renewal = null;
            }
        }
        if (lost) {
            log.warn("this instance lost the Discord gateway lease; another one takes the gateway over");
            onLost.run();
        }
    }

    private String millis() {
        return Long.toString(lease.toMillis());
    }

    private static boolean ok(Long answer) {
        return Long.valueOf(1).equals(answer);
    }
}
