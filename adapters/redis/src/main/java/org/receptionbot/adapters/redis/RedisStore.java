package org.receptionbot.adapters.redis;

import org.receptionbot.chat.InboundLog;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Builds the core's stores on a Redis connection; the key schema is in {@code package-info.java}. */
public final class RedisStore {

    private RedisStore() {}

    public static InboundLog inboundLog(StringRedisTemplate redis) {
        return new RedisInboundLog(redis);
    }

    public static org.receptionbot.ledger.Ledger ledger(StringRedisTemplate redis) {
        return new RedisLedger(redis);
    }

    public static org.receptionbot.ledger.IssueBook issueBook(StringRedisTemplate redis) {
        return new RedisIssueBook(redis);
    }

    public static org.receptionbot.ledger.Bindings bindings(StringRedisTemplate redis) {
        return new RedisBindings(redis);
    }

    public static org.receptionbot.ledger.PendingQuestions pendingQuestions(StringRedisTemplate redis) {
        return new RedisPendingQuestions(redis);
    }

    public static org.receptionbot.ledger.HeldReports heldReports(StringRedisTemplate redis) {
        return new RedisHeldReports(redis);
    }

    public static org.receptionbot.reminder.ReminderStore reminderStore(StringRedisTemplate redis) {
        return new RedisReminderStore(redis);
    }

    public static org.receptionbot.weather.WarningMemory warningMemory(StringRedisTemplate redis) {
        return new RedisWarningMemory(redis);
    }

    /**
     * Marks the store as holding the event {@code identity} unless it already holds one, and returns the
     * identity of the event it holds: {@code identity} itself on an empty store or the same event.
     */
    public static String claimEvent(StringRedisTemplate redis, String identity) {
        return new RedisEventMark(redis).claim(identity);
    }

    /** Marks the store as holding the event {@code identity} in place of the one it held. */
    public static void replaceEvent(StringRedisTemplate redis, String identity) {
        new RedisEventMark(redis).replace(identity);
    }

    public static org.receptionbot.reminder.SaidOnce saidOnce(StringRedisTemplate redis) {
        return new RedisSaidOnce(redis);
    }
}
