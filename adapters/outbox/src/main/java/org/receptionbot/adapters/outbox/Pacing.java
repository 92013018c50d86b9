package org.receptionbot.adapters.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations.TypedTuple;

/**
 * The sending limits a platform declares ({@link SendLimits}) and the waits it imposes, kept in Redis so that they hold across
 * restarts and are shared by the instances on one Redis. A chat's own limits are exact for the holder
 * of its lock; the bot-wide second may be overrun by instances checking it at the same moment. A
 * write here that Redis runs twice (see {@link OutQueue}) counts a call or a failure twice, which
 * only makes sending wait a little longer.
 */
final class Pacing {
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration SECOND = Duration.ofSeconds(1);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final Duration LOG_TTL = Duration.ofMinutes(2);

    private final StringRedisTemplate redis;
    private final OutboxKeys keys;
    private final SendLimits limits;

    Pacing(StringRedisTemplate redis, OutboxKeys keys, SendLimits limits) {
        this.redis = redis;
        this.keys = keys;
        this.limits = limits;
    }

    /** The earliest time at or after {@code now} when a message may go to the chat. */
    Instant nextMessage(String chat, boolean group, Instant now) {
        Instant next = latest(nextCall(chat, now), lastMessage(chat, now).plus(limits.perChatInterval()));
        if (group) next = latest(next, windowOpens(keys.sent(chat), MINUTE, limits.perGroupPerMinute(), now));
        return next;
    }

    /** The earliest time at or after {@code now} when a call that is not a message (a reaction) may be made. */
    Instant nextCall(String chat, Instant now) {
        Instant next = latest(now, held(chat), pausedUntil());
        return latest(next, windowOpens(keys.sent(), SECOND, limits.globalPerSecond(), now));
    }

    void messageSent(String chat, Instant at) {
        String key = keys.sent(chat);
        Duration kept = limits.perChatInterval().compareTo(MINUTE) > 0 ? limits.perChatInterval() : MINUTE;
        redis.opsForZSet()
                .removeRangeByScore(
                        key, Double.NEGATIVE_INFINITY, at.minus(kept).toEpochMilli());
        redis.opsForZSet().add(key, UUID.randomUUID().toString(), at.toEpochMilli());
        redis.expire(key, kept.plus(LOG_TTL));
    }

    /** Counts a call to the platform, taken or not, against the bot-wide limit per second. */
    void called(Instant at) {
        redis.opsForZSet().add(keys.sent(), UUID.randomUUID().toString(), at.toEpochMilli());
        redis.expire(keys.sent(), LOG_TTL);
    }

    /** Forgets a chat's failures and waits after the platform took something from it. */
    void succeeded(String chat) {
        redis.opsForHash().delete(keys.hold(), chat);
        redis.opsForHash().delete(keys.failures(), chat);
        redis.opsForHash().delete(keys.flooded(), chat);
    }

    /**
     * Holds the chat for the wait the platform asked for. Telegram, for one, does not say whether a 429 is about
     * the chat or the whole bot; when a second chat is under a flood wait at the same time, it is
     * taken as bot-wide and every chat waits.
     *
     * @return the time the chat is held until
     */
    Instant flood(String chat, Duration retryAfter, Instant now) {
        Instant until = now.plus(retryAfter);
        hold(chat, until);
        redis.opsForHash().put(keys.flooded(), chat, Long.toString(until.toEpochMilli()));
        Map<Object, Object> flooded = redis.opsForHash().entries(keys.flooded());
        Instant other = null;
        for (Map.Entry<Object, Object> e : flooded.entrySet()) {
            Instant end = Instant.ofEpochMilli(Long.parseLong(e.getValue().toString()));
            if (!chat.equals(e.getKey()) && end.isAfter(now)) other = latest(other, end);
        }
        if (other != null) pause(latest(until, other));
        return until;
    }

    /**
     * Holds the chat after a passing failure: 1 s, 2 s, 4 s … up to 60 s for consecutive failures.
     *
     * @return the time the chat is held until
     */
    Instant backOff(String chat, Instant now) {
        long failures = redis.opsForHash().increment(keys.failures(), chat, 1);
        long seconds = 1L << Math.min(failures - 1, 6);
        Instant until = now.plus(min(Duration.ofSeconds(seconds), MAX_BACKOFF));
        hold(chat, until);
        return until;
    }

    private void hold(String chat, Instant until) {
        redis.opsForHash().put(keys.hold(), chat, Long.toString(until.toEpochMilli()));
    }

    private void pause(Instant until) {
        redis.opsForValue().set(keys.pause(), Long.toString(until.toEpochMilli()));
    }

    private Instant held(String chat) {
        Object until = redis.opsForHash().get(keys.hold(), chat);
        return until == null ? null : Instant.ofEpochMilli(Long.parseLong(until.toString()));
    }

    private Instant pausedUntil() {
        String until = redis.opsForValue().get(keys.pause());
        return until == null ? null : Instant.ofEpochMilli(Long.parseLong(until));
    }

    private Instant lastMessage(String chat, Instant now) {
        Set<TypedTuple<String>> last = redis.opsForZSet().reverseRangeWithScores(keys.sent(chat), 0, 0);
        if (last == null || last.isEmpty()) return now.minus(limits.perChatInterval());
        return Instant.ofEpochMilli(last.iterator().next().getScore().longValue());
    }

    /**
     * When the sliding window of {@code length} ending at that time will hold fewer than {@code limit}
     * entries of the log: {@code now} if it already does. An entry at t counts in the windows (t - length, t].
     */
    private Instant windowOpens(String log, Duration length, int limit, Instant now) {
        long cutoff = now.minus(length).toEpochMilli();
        redis.opsForZSet().removeRangeByScore(log, Double.NEGATIVE_INFINITY, cutoff);
        Long count = redis.opsForZSet().zCard(log);
        if (count == null || count < limit) return now;
        Set<TypedTuple<String>> oldest = redis.opsForZSet().rangeWithScores(log, count - limit, count - limit);
        if (oldest == null || oldest.isEmpty()) return now;
        return Instant.ofEpochMilli(oldest.iterator().next().getScore().longValue())
                .plus(length);
    }

    private static Instant latest(Instant... instants) {
        Instant latest = null;
        for (Instant i : instants) if (i != null && (latest == null || i.isAfter(latest))) latest = i;
        return latest;
    }

    private static Instant latest(Instant a, Instant b) {
        return latest(new Instant[] {a, b});
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
