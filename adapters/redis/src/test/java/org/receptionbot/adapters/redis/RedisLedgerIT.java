package org.receptionbot.adapters.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.testing.LedgerContract;

/** The Redis ledger keeps the contract every ledger keeps, on a real (embedded) Redis. */
class RedisLedgerIT extends LedgerContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected Ledger ledger() {
        return RedisStore.ledger(redis.template());
    }
}
