package org.receptionbot.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.testing.MutableClock;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

class StoreWatchTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ChatRef COORDINATORS = new ChatRef("telegram", "-300");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T02:00:00Z"), ZONE);
    private final List<Reply> told = new ArrayList<>();
    /** A client never started answers nothing, as the application's client does while it stops. */
    private final StoreWatch watch = new StoreWatch(
            RedisProbe.of(new LettuceConnectionFactory("127.0.0.1", 1)), told::add, List.of(COORDINATORS), clock, ZONE);

    @Test
    void aStoreDownForAMinuteIsToldToTheCoordinators() {
        watch.check();
        clock.advance(Duration.ofMinutes(2));
        watch.check();

        assertThat(told).singleElement().extracting(Reply::text).asString().contains("数据存储自10:00起无法访问");
    }

    @Test
    void aClosedWatchReportsNoOutageWhileTheApplicationStops() {
        watch.close();
        watch.check();
        clock.advance(Duration.ofMinutes(2));
        watch.check();

        assertThat(told).isEmpty();
    }
}
