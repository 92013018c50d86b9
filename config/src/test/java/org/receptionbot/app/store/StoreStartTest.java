package org.receptionbot.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

class StoreStartTest {

    /** A Redis where nothing listens: port 1 on loopback refuses at once. */
    private final LettuceConnectionFactory nowhere = new LettuceConnectionFactory(
            new RedisStandaloneConfiguration("127.0.0.1", 1),
            LettuceClientConfiguration.builder()
                    .commandTimeout(Duration.ofSeconds(1))
                    .build());

    @AfterEach
    void close() {
        nowhere.destroy();
    }

    @Test
    void aStartWaitingForRedisStopsWhenTheProcessIsAskedToStop() {
        nowhere.afterPropertiesSet();
        AtomicInteger asked = new AtomicInteger();

        // A long retry period: only the stop can end the wait in time.
        assertThatThrownBy(() -> StoreStart.await(
                        RedisProbe.of(nowhere), Duration.ofHours(1), () -> asked.incrementAndGet() > 3))
                .isInstanceOf(StoreStart.Stopped.class)
                .hasMessageContaining("收到停止信号");
        assertThat(asked.get()).isEqualTo(4);
    }
}
