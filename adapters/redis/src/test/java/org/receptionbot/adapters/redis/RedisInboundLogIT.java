package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.testing.Messages;

class RedisInboundLogIT {

    private static final ChatRef GROUP = new ChatRef("telegram", "-100200300");

    @TempDir
    Path dataDir;

    private RedisFixture fixture;

    @AfterEach
    void stop() {
        disconnect();
    }

    @Test
    void aMessageDeliveredTwiceIsStoredOnceAndOnceHandledIsNotHandledAgain() {
        InboundLog log = connect();
        IncomingMessage message = Messages.in(GROUP).id("88").from("1001", "李娜").text("湖南今晚35人");

        boolean first = log.store(message);
        boolean beforeHandled = log.store(message);
        log.handled(message);
        boolean afterHandled = log.store(message);

        assertThat(first).isTrue();
        assertThat(beforeHandled).as("stored, but its handling never finished").isTrue();
        assertThat(afterHandled).isFalse();
        assertThat(log.count(GROUP)).isEqualTo(1);
        assertThat(log.recent(GROUP, 10)).containsExactly(message);
    }

    @Test
    void keepsEveryFieldAndTheOrderOfAChat() {
        InboundLog log = connect();
        IncomingMessage plain = Messages.in(GROUP).id("1").from("1001", "李娜").text("第一条");
        IncomingMessage reply = Messages.in(GROUP)
                .id("2")
                .from("1002", "王强")
                .at(Instant.parse("2026-11-22T03:04:05.678Z"))
                .replyingTo("1")
                .text("收到，多行\n第二行");
        IncomingMessage edit = Messages.in(GROUP).id("1").edited().text("第一条（改）");

        log.store(plain);
        log.store(reply);
        log.store(edit);

        assertThat(log.recent(GROUP, 10)).containsExactly(plain, reply, edit);
        assertThat(log.recent(GROUP, 2)).containsExactly(reply, edit);
        assertThat(log.count(new ChatRef("telegram", "other"))).isZero();
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
