package org.receptionbot.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.testing.MutableClock;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/** The start waits for a Redis that is not there yet; outages are reported once each way. */
class StoreHealthIT {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final ChatRef COORDINATORS = new ChatRef("telegram", "-300");

    @TempDir
    Path dir;

    RedisFixture redis;
    RedisConnectionFactory connections;
    final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void setUp() {
        redis = new RedisFixture(dir);
        connections = redis.template(redis.port, Duration.ofMillis(500)).getConnectionFactory();
        logged.start();
        ((Logger) LoggerFactory.getLogger(StoreWatch.class)).addAppender(logged);
        ((Logger) LoggerFactory.getLogger(StoreStart.class)).addAppender(logged);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(StoreWatch.class)).detachAppender(logged);
        ((Logger) LoggerFactory.getLogger(StoreStart.class)).detachAppender(logged);
        redis.close();
    }

    @Test
    void theStartWaitsUntilRedisAnswersAndSaysWhyInChineseAndEnglish() throws InterruptedException {
        Thread start = new Thread(() -> StoreStart.await(RedisProbe.of(connections), Duration.ofMillis(100)));
        start.start();
        await().atMost(10, TimeUnit.SECONDS).until(() -> !warnings().isEmpty());
        assertThat(start.isAlive()).isTrue();
        assertThat(warnings().get(0)).contains("无法连接数据存储", "cannot be reached", "spring.data.redis");

        redis.start();

        start.join(15_000);
        assertThat(start.isAlive()).isFalse();
        assertThat(warnings()).hasSize(2);
        assertThat(warnings().get(1)).contains("已连接", "reached");
    }

    @Test
    void anOutageIsLoggedOnceEachWayAndTheCoordinatorsAreToldOnceDownAndOnceBack() {
        redis.start();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"), ZONE);
        List<Reply> said = new CopyOnWriteArrayList<>();
        StoreWatch watch = new StoreWatch(RedisProbe.of(connections), said::add, List.of(COORDINATORS), clock, ZONE);
        watch.check();

        redis.pause();
        for (int i = 0; i < 4; i++) {
            watch.check();
            clock.advance(Duration.ofSeconds(30));
        }
        redis.resume();
        watch.check();
        watch.check();

        assertThat(warnings()).hasSize(2);
        assertThat(warnings().get(0)).contains("无法访问", "cannot be reached");
        assertThat(warnings().get(1)).contains("已恢复", "is back");
        assertThat(said).extracting(Reply::chat).containsOnly(COORDINATORS);
        assertThat(said)
                .extracting(Reply::text)
                .containsExactly(
                        "【系统】数据存储自10:00起无法访问，机器人暂停记录和回复。24小时内恢复的，群里的消息不会丢失，恢复后自动补记。",
                        "【系统】数据存储自10:00起中断约2分钟，已于10:02恢复。中断期间的群消息正在补记，请稍后核对汇总。");
    }

    @Test
    void whenTheOutboxCannotTakeTheNoticeTheCoordinatorsAreToldWhenRedisIsBack() {
        redis.start();
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T02:00:00Z"), ZONE);
        List<Reply> said = new CopyOnWriteArrayList<>();
        StoreWatch watch = new StoreWatch(
                RedisProbe.of(connections),
                reply -> {
                    if (!RedisProbe.of(connections).ping().ok())
                        throw new IllegalStateException("the queue is in Redis");
                    said.add(reply);
                },
                List.of(COORDINATORS),
                clock,
                ZONE);

        redis.kill();
        for (int i = 0; i < 3; i++) {
            watch.check();
            clock.advance(Duration.ofSeconds(45));
        }
        redis.start();
        watch.check();

        assertThat(said)
                .extracting(Reply::text)
                .containsExactly("【系统】数据存储自10:00起中断约2分钟，已于10:02恢复。中断期间的群消息正在补记，请稍后核对汇总。");
    }

    private List<String> warnings() {
        return logged.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
