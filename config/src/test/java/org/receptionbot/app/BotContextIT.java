package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.EmbeddedRedis;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.testing.Messages;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

class BotContextIT {

    private static final ChatRef GROUP = new ChatRef("sandbox", "group");

    @TempDir
    Path dataDir;

    @Test
    void aMessageDeliveredTwiceThroughTheHandlerIsStoredOnce() {
        IncomingMessage message =
                Messages.in(GROUP).id("1001").from("hunan", "李娜").text("湖南今晚35人");

        try (var context = start()) {
            context.getBean(ChatHandler.class).onMessage(message);
            context.getBean(ChatHandler.class).onMessage(message);

            assertThat(context.getBean(InboundLog.class).recent(GROUP, 10)).containsExactly(message);
        }
    }

    @Test
    void whatWasRecordedSurvivesARestartOfTheApplication() {
        IncomingMessage first = Messages.in(GROUP).id("2001").text("贵州明早不吃早餐");
        IncomingMessage second = Messages.in(GROUP).id("2002").text("兵团晚餐加5人");
        try (var context = start()) {
            context.getBean(ChatHandler.class).onMessage(first);
        }

        try (var context = start()) {
            context.getBean(ChatHandler.class).onMessage(first);
            context.getBean(ChatHandler.class).onMessage(second);

            assertThat(context.getBean(InboundLog.class).recent(GROUP, 10)).containsExactly(first, second);
        }
    }

    @Test
    void usesTheConfiguredRedisInsteadOfStartingOne() {
        IncomingMessage message = Messages.in(GROUP).id("3001").text("云南午餐改到九院");
        try (EmbeddedRedis external = EmbeddedRedis.start(dataDir.resolve("external"), EmbeddedRedis.freePort());
                var context = new SpringApplicationBuilder(BotApplication.class)
                        .run(
                                "--reception.data-dir=" + dataDir.resolve("unused"),
                                "--spring.data.redis.host=" + external.host(),
                                "--spring.data.redis.port=" + external.port())) {
            context.getBean(ChatHandler.class).onMessage(message);

            assertThat(context.getBeanProvider(EmbeddedRedis.class).getIfAvailable())
                    .isNull();
            assertThat(context.getBean(InboundLog.class).recent(GROUP, 10)).containsExactly(message);
            // The data directory still holds the job store; no Redis files are written there.
            assertThat(dataDir.resolve("unused/appendonly.aof")).doesNotExist();
            assertThat(dataDir.resolve("unused/dump.rdb")).doesNotExist();
        }
    }

    @Test
    void withoutTheCacheTwoInstancesOnOneRedisSeeEachOthersRecords() {
        IncomingMessage message =
                Messages.in(GROUP).id("4001").from("hunan", "李娜").text("湖南今晚35人");
        java.time.LocalDate day = java.time.LocalDate.ofInstant(message.sentAt(), java.time.ZoneId.of("Asia/Shanghai"));
        try (EmbeddedRedis shared = EmbeddedRedis.start(dataDir.resolve("shared"), EmbeddedRedis.freePort());
                var a = instance(shared, "a");
                var b = instance(shared, "b")) {
            Ledger seenByB = b.getBean(Ledger.class);
            assertThat(seenByB.day(day).entries()).isEmpty();

            a.getBean(ChatHandler.class).onMessage(message);

            assertThat(seenByB.day(day).entries())
                    .extracting(e -> e.source().messageId())
                    .containsExactly("4001");
        }
    }

    private ConfigurableApplicationContext instance(EmbeddedRedis redis, String name) {
        return new SpringApplicationBuilder(BotApplication.class)
                .run(
                        "--reception.data-dir=" + dataDir.resolve(name),
                        "--spring.data.redis.host=" + redis.host(),
                        "--spring.data.redis.port=" + redis.port(),
                        "--reception.store.cache=false");
    }

    @Test
    void ignoresAChatTheEventDoesNotList() {
        ChatRef elsewhere = new ChatRef("sandbox", "elsewhere");

        try (var context = start()) {
            context.getBean(ChatHandler.class).onMessage(Messages.in(elsewhere).text("你好"));

            assertThat(context.getBean(InboundLog.class).count(elsewhere)).isZero();
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(BotApplication.class)
                .run("--reception.data-dir=" + dataDir, "--reception.embedded-redis.port=0");
    }
}
