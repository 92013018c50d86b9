package org.receptionbot.adapters.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.outbox.FakeSender.Call;
import org.receptionbot.adapters.redis.RedisFixture;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The outbox on an embedded Redis; each outbox has a connection of its own, as a process would. */
class RedisOutboxIT extends OutboxContract {
    static final OutboxSettings SETTINGS = OutboxSettings.of(FakeSender.PLATFORM);

    @TempDir
    Path dataDir;

    RedisFixture fixture;
    StringRedisTemplate redis;

    @BeforeEach
    void startRedis() {
        fixture = new RedisFixture(dataDir);
        redis = fixture.connect();
    }

    @AfterEach
    void stopRedis() {
        closeOutboxes();
        fixture.close();
    }

    @Override
    protected DurableOutbox outbox(ChatSender sender, Clock clock) {
        return new DurableOutbox(sender, fixture.template(fixture.port, Duration.ofSeconds(60)), SETTINGS, clock);
    }

    @Override
    protected List<Refusal> refused(String chat) {
        List<String> stored = redis.opsForList().range(new OutboxKeys(SETTINGS.keyTag()).refused(chat), 0, -1);
        return stored == null ? List.of() : stored.stream().map(Refusal::read).toList();
    }

    @Test
    void whatIsQueuedSurvivesRedisBeingKilledAndStartedAgain() {
        FakeSender platform = new FakeSender(LIMITS, clock);
        DurableOutbox before = open(platform, clock);
        before.send(text("g1", "一"));
        before.send(text("g1", "二"));
        before.close();
        fixture.dropConnection();
        fixture.kill();

        fixture.start();
        drain(open(platform, clock));

        assertThat(platform.messagesTo("g1")).extracting(Call::text).containsExactly("一", "二");
    }

    @Test
    void telegramsKeysStayWhereTheVersionBeforeTheOutboxKeptThem() {
        OutboxKeys telegram = new OutboxKeys("tg");

        assertThat(List.of(
                        telegram.queue("-1001"),
                        telegram.busyChats(),
                        telegram.refused("-1001"),
                        telegram.lock("-1001")))
                .containsExactly(
                        "rb:{tg}:out:-1001", "rb:{tg}:out:chats", "rb:{tg}:refused:-1001", "rb:{tg}:out:lock:-1001");
    }
}
