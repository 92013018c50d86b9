package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.testing.InboundLogContract;
import org.receptionbot.testing.Messages;

/**
 * The Redis inbound log keeps the contract every inbound log keeps; what it stored survives a
 * restart of the embedded Redis, which replaces one a crashed run left and names a taken port.
 */
class RedisInboundLogIT extends InboundLogContract {

    private static final ChatRef GROUP = new ChatRef("telegram", "-100200300");

    @RegisterExtension
    static final FreshRedis redis = new FreshRedis();

    @TempDir
    Path dataDir;

    private RedisFixture fixture;

    @AfterEach
    void stop() {
        disconnect();
    }

    @Override
    protected InboundLog log() {
        return RedisStore.inboundLog(redis.template());
    }

    @Test
    void whatWasStoredSurvivesARestartOfRedisOnTheSameDataDirectory() {
        IncomingMessage message = Messages.in(GROUP).id("5").text("贵州明早不吃早餐");
        IncomingMessage unfinished = Messages.in(GROUP).id("7").text("贵州明早少3人");
        InboundLog before = connect();
        before.store(message);
        before.handled(message);
        before.store(unfinished);
        disconnect();

        InboundLog afterRestart = connect();

        assertThat(afterRestart.recent(GROUP, 10)).containsExactly(message, unfinished);
        assertThat(afterRestart.store(message)).isFalse();
        assertThat(afterRestart.store(unfinished))
                .as("its handling never finished")
                .isTrue();
        assertThat(dataDir.resolve("appendonly.aof"))
                .satisfies(f -> assertThat(Files.size(f)).isPositive());
    }

    @Test
    void aRedisLeftRunningByACrashedRunOnTheSameDataIsReplaced() {
        IncomingMessage message = Messages.in(GROUP).id("6").text("兵团晚餐加5人");
        connect().store(message);
        EmbeddedRedis leftover = fixture.redis;
        fixture.dropConnection();
        fixture.redis = null;

        InboundLog afterCrash = connect();

        assertThat(afterCrash.recent(GROUP, 10)).containsExactly(message);
        assertThat(leftover).isNotSameAs(fixture.redis);
        leftover.close();
    }

    @Test
    void aTakenPortGivesAClearMessage() {
        InboundLog log = connect();
        assertThat(log.count(GROUP)).isZero();

        assertThatThrownBy(() -> EmbeddedRedis.start(dataDir.resolve("other"), fixture.port))
                .isInstanceOf(EmbeddedRedisException.class)
                .hasMessageContaining("端口 " + fixture.port + " 已被占用")
                .hasMessageContaining("reception.embedded-redis.port");
    }

    private InboundLog connect() {
        if (fixture == null) fixture = new RedisFixture(dataDir);
        return RedisStore.inboundLog(fixture.connect());
    }

    private void disconnect() {
        if (fixture != null) fixture.close();
    }
}
