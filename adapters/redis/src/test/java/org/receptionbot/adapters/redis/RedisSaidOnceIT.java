package org.receptionbot.adapters.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.reminder.SaidOnce;
import org.receptionbot.testing.SaidOnceContract;

/** The Redis memory of what the bot said keeps the contract every one keeps, on a real (embedded) Redis. */
class RedisSaidOnceIT extends SaidOnceContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected SaidOnce saidOnce() {
        return RedisStore.saidOnce(redis.template());
    }
}
