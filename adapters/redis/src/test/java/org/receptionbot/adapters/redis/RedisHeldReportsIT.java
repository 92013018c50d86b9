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

/** Held reports are listed by day in Redis, and a hold for a later day outlives the store's one-day keep. */
class RedisHeldReportsIT {
    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void aKeyListedTwiceUnderADayIsListedOnceAndOnlyThere() {
        HeldReports held = RedisStore.heldReports(redis.template());

        held.list(DAY, "confirm:sandbox:group:hunan-li");
        held.list(DAY, "confirm:sandbox:group:hunan-li");
        held.list(DAY.plusDays(1), "confirm:sandbox:group:tian");

        assertThat(held.keys(DAY)).containsExactly("confirm:sandbox:group:hunan-li");
        assertThat(held.keys(DAY.plusDays(2))).isEmpty();
    }

    @Test
    void aHoldThatExpiresInThreeDaysIsKeptByRedisLongerThanADay() {
        Instant now = Instant.now();
        Source source = new Source("m1", new ChatRef("sandbox", "group"), "1", "hunan-li", "李娜", now);
        Pending.Confirmation held =
                new Pending.Confirmation(List.of(new MealCount("hunan", DAY, "DINNER", 350)), source);

        var template = redis.template();
        RedisStore.pendingQuestions(template).put("confirm:x", held, now.plus(Duration.ofDays(3)));

        Long ttl = template.getExpire(RedisKeys.pending("confirm:x"), TimeUnit.HOURS);
        assertThat(ttl).isGreaterThan(24L * 3);
    }
}
