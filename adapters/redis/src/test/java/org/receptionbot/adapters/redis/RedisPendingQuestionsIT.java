package org.receptionbot.adapters.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.testing.PendingQuestionsContract;

/** The Redis pending questions keep the contract every store of them keeps, on a real (embedded) Redis. */
class RedisPendingQuestionsIT extends PendingQuestionsContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected PendingQuestions pending() {
        return RedisStore.pendingQuestions(redis.template());
    }
}
