package org.receptionbot.adapters.redis;

import org.receptionbot.chat.InboundLog;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Builds the core's stores on a Redis connection; the key schema is in {@code package-info.java}. */
public final class RedisStore {

    private RedisStore() {}

    public static InboundLog inboundLog(StringRedisTemplate redis) {
        return new RedisInboundLog(redis);
    }
}
