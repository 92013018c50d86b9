package org.receptionbot.adapters.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.testing.BindingsContract;

/** The Redis bindings keep the contract every binding store keeps, on a real (embedded) Redis. */
class RedisBindingsIT extends BindingsContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected Bindings bindings() {
        return RedisStore.bindings(redis.template());
    }
}
