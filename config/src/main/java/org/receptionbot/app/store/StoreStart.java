package org.receptionbot.app.store;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the start until Redis answers: a bot that cannot record must not serve a group, confirm its
 * updates or say anything. It says why in the log, in Chinese and English, and tries again.
 */
final class StoreStart {
    private static final Logger log = LoggerFactory.getLogger(StoreStart.class);
    private static final Duration REMIND_EVERY = Duration.ofMinutes(1);
    private static final Duration STOP_CHECK = Duration.ofMillis(100);

    /**
     * Set when the JVM begins to stop (SIGTERM, Ctrl-C). Spring's own shutdown hook waits for the start
     * to finish, so a start that waits for Redis must notice the stop itself, or a service manager's
     * stop would hang until it kills the process.
     */
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> STOPPING.set(true), "store-start-stop"));
    }

    private StoreStart() {}

    /** Returns once {@code ping} is true, trying every {@code every}; gives up when the JVM stops. */
    static void await(RedisProbe redis, Duration every) {
        await(redis, every, STOPPING::get);
    }

    /**
     * Returns once {@code ping} is true, trying every {@code every}; throws {@link Stopped} as soon as
     * {@code stopping} is true.
     */
    static void await(RedisProbe redis, Duration every, BooleanSupplier stopping) {
        long started = System.nanoTime();
        long remindedAt = 0;
        while (true) {
            RedisProbe.Ping ping = redis.ping();
            if (ping.ok()) {
                if (remindedAt != 0)
                    log.warn(
                            "已连接数据存储（Redis {}），开始接待。/ Redis {} reached; the bot starts.", redis.where(), redis.where());
                return;
            }
            long waited = System.nanoTime() - started;
            if (remindedAt == 0 || waited - remindedAt >= REMIND_EVERY.toNanos()) {
                log.warn(
                        "无法连接数据存储（Redis {}）：{}。能记录之前机器人不接待任何群，每{}秒重试；请检查 Redis 是否在运行、"
                                + "spring.data.redis.* 是否指向它。/ Redis {} cannot be reached: {}. The bot serves no chat"
                                + " until it can record, and tries again every {} s; check that Redis runs and"
                                + " spring.data.redis.* points at it.",
                        redis.where(),
                        ping.failure(),
                        every.toSeconds(),
                        redis.where(),
                        ping.failure(),
                        every.toSeconds());
                remindedAt = Math.max(waited, 1);
            }
            pause(every, stopping);
        }
    }

    /** The start was stopped while it waited for Redis: nothing was served, nothing is lost. */
    static final class Stopped extends IllegalStateException {
        Stopped() {
            super("收到停止信号，未连接数据存储即停止。/ Stopped while waiting for Redis.");
        }
    }

    private static void pause(Duration d, BooleanSupplier stopping) {
        long until = System.nanoTime() + d.toNanos();
        while (true) {
            if (stopping.getAsBoolean()) throw new Stopped();
            long left = until - System.nanoTime();
            if (left <= 0) return;
            try {
                Thread.sleep(Math.min(STOP_CHECK.toMillis(), Math.max(1, left / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }
    }
}
