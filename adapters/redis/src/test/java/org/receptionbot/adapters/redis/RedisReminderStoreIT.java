package org.receptionbot.adapters.redis;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.reminder.ReminderStore;
import org.receptionbot.testing.ReminderStoreContract;

/** The Redis reminder store keeps the contract every reminder store keeps, on a real (embedded) Redis. */
class RedisReminderStoreIT extends ReminderStoreContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected ReminderStore store() {
        return RedisStore.reminderStore(redis.template());
    }
}
