package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.HeldReports;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.Source;
import org.receptionbot.record.MealCount;
import org.receptionbot.testing.HeldReportsContract;

/**
 * The Redis held-report lists keep the contract on a real (embedded) Redis, and a hold for a later
 * day outlives the store's one-day keep of pending questions.
 */
class RedisHeldReportsIT extends HeldReportsContract {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @Override
    protected HeldReports held() {
        return RedisStore.heldReports(redis.template());
    }

    @Test
    void aHoldThatExpiresInThreeDaysIsKeptByRedisLongerThanThat() {
        Instant now = Instant.now();
        Source source = new Source("m1", new ChatRef("sandbox", "group"), "1", "hunan-li", "李娜", now);
        Pending.Confirmation held = new Pending.Confirmation(
                List.of(new MealCount("hunan", LocalDate.of(2026, 11, 22), "DINNER", 350)), source);
        var template = redis.template();

        RedisStore.pendingQuestions(template).put("confirm:x", held, now.plus(Duration.ofDays(3)));

        assertThat(template.getExpire(RedisKeys.pending("confirm:x"), TimeUnit.HOURS))
                .isGreaterThan(24L * 3);
    }
}
