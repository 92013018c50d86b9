package org.receptionbot.adapters.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.testing.IssueBookContract;

/** The Redis issue book keeps the contract every issue book keeps, on a real (embedded) Redis. */
class RedisIssueBookIT extends IssueBookContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected IssueBook book() {
        return RedisStore.issueBook(redis.template());
    }
}
