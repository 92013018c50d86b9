package org.receptionbot.adapters.redis;

import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * A member added to a set by one caller only, where a re-send of the same call still wins: the
 * client may run a command twice (it re-sends after a reconnect what it had no reply to), and a
 * plain {@code SADD} would then tell the only caller that someone else was first.
 */
final class Once {
    /** KEYS: the set, the hash of who claimed each member; ARGV: the member, the call's id. */
    private static final RedisScript<Long> CLAIM = RedisScript.of("""
            if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
              redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
              return 1
            end
            if redis.call('HGET', KEYS[2], ARGV[1]) == ARGV[2] then return 1 end
            return 0
            """, Long.class);

    private Once() {}

    /** True when this call added {@code member} to {@code set}, now or in a run whose reply was lost. */
    static boolean claim(StringRedisTemplate redis, String set, String member) {
        String callId = callId();
        Long won = Retry.once(() -> redis.execute(CLAIM, List.of(set, RedisKeys.claimedBy(set)), member, callId));
        return won != null && won == 1L;
    }

    /** An id for one call of a write, sent with it so that a run of the same call can be told apart. */
    static String callId() {
        return UUID.randomUUID().toString();
    }
}
