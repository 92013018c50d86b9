package org.receptionbot.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.app.telegram.TelegramEvent.GROUP;
import static org.receptionbot.app.telegram.TelegramEvent.liaison;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeUpdates;
import org.receptionbot.app.BotApplication;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.MealCancel;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on Telegram with an external redis-server that is down at the start, then paused,
 * then killed and started again on its append-only file: no update is confirmed before it is stored,
 * and every report is recorded once and answered once.
 */
class TelegramRedisFaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final ChatRef CHAT = new ChatRef("telegram", Long.toString(GROUP));

    @TempDir
    Path dir;

    FakeBotApi api = new FakeBotApi();
    RedisFixture redis;
    ConfigurableApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) context.close();
        api.close();
        redis.close();
    }

    @Test
    void reportsOutlastALateStartAPauseAndAKillOfRedisAndAreRecordedAndAnsweredOnce() throws Exception {
        redis = new RedisFixture(dir.resolve("redis"));
        String[] args = TelegramEvent.application(
                dir,
                api,
                "--reception.telegram.poll-timeout=0s",
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redis.port,
                "--spring.data.redis.timeout=1s");
        int first = api.offer(FakeUpdates.message(GROUP, 7, liaison(0), "联络员1", "明天晚餐少5人"));
        ListAppender<ILoggingEvent> storeStart = new ListAppender<>();
        var starting = CompletableFuture.supplyAsync(() -> new SpringApplicationBuilder(BotApplication.class)
                .listeners(event -> {
                    if (event instanceof ApplicationPreparedEvent) watch(storeStart); // logging is set up by now
                })
                .run(args));

        await().atMost(WAIT).until(() -> !storeStart.list.isEmpty()); // the start waits for Redis
        assertThat(starting).isNotDone();
        assertThat(api.calls("getUpdates")).isEmpty();
        redis.start();
        context = starting.get(60, TimeUnit.SECONDS);
        Ledger ledger = context.getBean(Ledger.class);
        await().atMost(WAIT).until(() -> answers(7) == 1);
        assertThat(api.confirmedBelow()).isGreaterThan(first);

        redis.pause();
        int paused = api.offer(FakeUpdates.message(GROUP, 8, liaison(1), "联络员2", "明天晚餐少3人"));
        int polls = api.calls("getUpdates").size();
        await().atMost(WAIT).until(() -> api.calls("getUpdates").size() >= polls + 2);
        assertThat(api.confirmedBelow()).isLessThanOrEqualTo(paused);
        redis.resume();
        await().atMost(WAIT).until(() -> answers(8) == 1);

        redis.kill();
        int killed = api.offer(FakeUpdates.message(GROUP, 9, liaison(2), "联络员3", "明天晚餐少2人"));
        int before = api.calls("getUpdates").size();
        await().atMost(WAIT).until(() -> api.calls("getUpdates").size() >= before + 2);
        assertThat(api.confirmedBelow()).isLessThanOrEqualTo(killed);
        redis.start();
        await().atMost(WAIT).until(() -> answers(9) == 1);

        assertThat(cancelled(ledger)).containsExactlyInAnyOrder(5, 3, 2);
        api.offer(FakeUpdates.message(GROUP, 10, liaison(3), "联络员4", "明天晚餐少1人"));
        await().atMost(WAIT).until(() -> answers(10) == 1); // a late second answer would come before this one
        assertThat(List.of(answers(7), answers(8), answers(9))).containsOnly(1L);
    }

    /** Keeps what the start's wait for Redis logs. */
    private static void watch(ListAppender<ILoggingEvent> logged) {
        logged.start();
        ((Logger) LoggerFactory.getLogger("org.receptionbot.app.store.StoreStart")).addAppender(logged);
    }

    private long answers(int messageId) {
        return api.calls("sendMessage").stream()
                .filter(c -> Long.toString(GROUP).equals(c.chatId())
                        && Integer.valueOf(messageId).equals(c.replyToMessageId()))
                .count();
    }

    /** Every cancellation on tomorrow's board (a meal not yet served, at any hour), as the (cached) ledger shows it. */
    private static List<Integer> cancelled(Ledger ledger) {
        return ledger.day(TelegramEvent.today().plusDays(1)).active().stream()
                .map(Entry::record)
                .filter(MealCancel.class::isInstance)
                .map(r -> ((MealCancel) r).count())
                .toList();
    }
}
