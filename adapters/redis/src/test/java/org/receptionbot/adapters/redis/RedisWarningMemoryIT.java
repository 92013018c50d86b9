package org.receptionbot.adapters.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.testing.WarningMemoryContract;
import org.receptionbot.weather.WarningMemory;

/** The Redis memory of warnings given keeps the contract every one keeps, on a real (embedded) Redis. */
class RedisWarningMemoryIT extends WarningMemoryContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected WarningMemory memory() {
        return RedisStore.warningMemory(redis.template());
    }
}
