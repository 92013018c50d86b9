package org.receptionbot.adapters.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.RedisFixture;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The gateway lease: one holder at a time, kept while renewed, taken over once it lapses. */
class GatewayLeaseIT {
    static final Duration LEASE = Duration.ofMillis(600);

    @TempDir
    Path dir;

    RedisFixture fixture;
    StringRedisTemplate redis;
    final AtomicBoolean firstLost = new AtomicBoolean();
    GatewayLease first;
    GatewayLease second;

    @BeforeEach
    void start() {
        fixture = new RedisFixture(dir);
        redis = fixture.connect();
        first = new GatewayLease(redis, LEASE, () -> firstLost.set(true));
        second = new GatewayLease(redis, LEASE, () -> {});
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
        fixture.close();
    }

    @Test
    void aRenewedLeaseStaysWithItsHolderAndPassesOnRelease() throws InterruptedException {
        assertThat(first.take()).isTrue();
        // Renewed every third of the lease: after six renewals the first grant has long lapsed.
        await().atMost(Duration.ofSeconds(20)).until(() -> first.renewals() >= 6);
        assertThat(second.take()).isFalse();
        assertThat(first.held()).isTrue();

        first.release();

        assertThat(second.take()).isTrue();
        assertThat(firstLost).isFalse();
    }

    @Test
    void aLeaseItsHolderStoppedRenewingIsTakenOverWithinOneLease() {
        // A holder that took it and was killed: nobody renews it.
        redis.opsForValue().set(Keys.gatewayLease(), "killed", LEASE);
        assertThat(second.take()).isFalse();

        await().atMost(LEASE.multipliedBy(3)).until(second::take);
    }

    @Test
    void aHolderWhoseLeaseWasTakenIsToldItLostIt() {
        assertThat(first.take()).isTrue();

        redis.opsForValue().set(Keys.gatewayLease(), "another", LEASE);

        await().atMost(LEASE.multipliedBy(3)).untilTrue(firstLost);
        assertThat(first.held()).isFalse();
    }
}
