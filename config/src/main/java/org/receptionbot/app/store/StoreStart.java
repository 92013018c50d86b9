package org.receptionbot.app.store;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the start until Redis answers: a bot that cannot record must not serve a group, confirm its
 * updates or say anything. It says why in the log, in Chinese and English, and tries again.
 */
final class StoreStart {
    private static final Logger log = LoggerFactory.getLogger(StoreStart.class);
    private static final Duration REMIND_EVERY = Duration.ofMinutes(1);

    private StoreStart() {}

    /** Returns once {@code ping} is true, trying every {@code every}. */
    static void await(RedisProbe redis, Duration every) {
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
            sleep(every);
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Redis", e);
        }
    }
}
