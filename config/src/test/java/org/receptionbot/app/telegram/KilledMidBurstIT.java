package org.receptionbot.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.app.telegram.TelegramEvent.GROUP;
import static org.receptionbot.app.telegram.TelegramEvent.liaison;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeBotApi.Call;
import org.receptionbot.adapters.telegram.FakeUpdates;
import org.receptionbot.app.JarProcess;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Source;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The packaged jar serving Telegram is killed (SIGKILL) in the middle of a burst and started again
 * on the same Redis: every message is recorded, none twice; the answers resume within seconds of
 * the restarted bot polling, and every message is answered once.
 */
class KilledMidBurstIT {
    private static final ChatRef CHAT = new ChatRef("telegram", Long.toString(GROUP));
    private static final int MESSAGES = 200;
    private static final Duration RESUMES_WITHIN = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void noMessageIsLostNoneAppliedTwiceAndEachAnsweredOnce() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                RedisFixture redisFixture = new RedisFixture(dir.resolve("redis"));
                JarProcess jar = new JarProcess(
                        dir,
                        redisFixture.port,
                        TelegramEvent.write(dir),
                        "--reception.telegram.token=" + FakeBotApi.TOKEN,
                        "--reception.telegram.api-url=" + api.apiUrl(),
                        "--reception.telegram.poll-timeout=0s")) {
            StringRedisTemplate redis = redisFixture.connect();
            LocalDate firstDay = TelegramEvent.today();
            List<Integer> ids = new ArrayList<>();
            long storedAtKill = -1;

            Process first = jar.start("first.log");
            jar.awaitOrShow(() -> !api.calls("getUpdates").isEmpty(), Duration.ofSeconds(60), "first.log");
            int last = 0;
            for (int n = 0; n < MESSAGES; n++) {
                int who = n % 30;
                ids.add(1000 + n);
                // each liaison's reports differ: the same relative change again within ten minutes is asked about
                String text = "明天晚餐少" + (n / 30 + 1) + "人";
                last = api.offer(FakeUpdates.message(GROUP, 1000 + n, liaison(who), "联络员" + (who + 1), text));
                Thread.sleep(20);
                if (n == MESSAGES / 2) {
                    // killed while it works through the first half, however slowly it started
                    jar.awaitOrShow(
                            () -> RedisStore.inboundLog(redis).count(CHAT) >= 10, Duration.ofSeconds(60), "first.log");
                    first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                    storedAtKill = RedisStore.inboundLog(redis).count(CHAT);
                }
            }
            long storedWhenKilled = storedAtKill;
            assertThat(storedWhenKilled).as("killed mid-burst").isBetween(1L, MESSAGES - 1L);

            int callsBefore = api.calls().size();
            Process second = jar.start("second.log");
            int lastId = last;
            jar.awaitOrShow(() -> api.confirmedBelow() > lastId, Duration.ofSeconds(90), "second.log");
            // and every answer that waited in Redis across the kill has gone out
            jar.awaitOrShow(
                    () -> Boolean.FALSE.equals(redis.hasKey("rb:{tg}:out:chats")),
                    Duration.ofSeconds(90),
                    "second.log");
            jar.stop(second);

            Ledger ledger = RedisStore.ledger(redis);
            // the jar dates 明天 by its own clock: a run across midnight (Beijing) dates later messages a day on
            var tomorrow = Stream.iterate(
                            firstDay.plusDays(1),
                            d -> !d.isAfter(TelegramEvent.today().plusDays(1)),
                            d -> d.plusDays(1))
                    .flatMap(d -> ledger.day(d).entries().stream())
                    .toList();
            for (int id : ids) {
                String ref = Source.messageRef(CHAT, Integer.toString(id));
                assertThat(ledger.activeEntriesOf(ref)).as("message %d", id).hasSize(1);
                assertThat(tomorrow.stream().filter(e -> e.source().messageRef().equals(ref)))
                        .as("message %d applied once", id)
                        .hasSize(1);
            }
            assertThat(RedisStore.inboundLog(redis).count(CHAT)).isEqualTo(MESSAGES);

            List<Call> calls = api.calls();
            List<Call> afterRestart = calls.subList(callsBefore, calls.size());
            Instant polling = afterRestart.stream()
                    .filter(c -> c.method().equals("getUpdates"))
                    .findFirst()
                    .orElseThrow()
                    .at();
            Instant resumed = afterRestart.stream()
                    .filter(c -> c.status() == 200 && Long.toString(GROUP).equals(c.chatId()))
                    .filter(c -> c.method().equals("sendMessage") || c.method().equals("setMessageReaction"))
                    .findFirst()
                    .orElseThrow()
                    .at();
            assertThat(Duration.between(polling, resumed))
                    .as("from the restarted bot's first poll to its first answer")
                    .isLessThanOrEqualTo(RESUMES_WITHIN);
            // Every message is answered. A kill between Telegram's acceptance of a message and the
            // record of it in Redis can send that one step again (the queue's documented window, one
            // item per chat in flight): at most one message may be answered twice.
            List<Integer> twice = new java.util.ArrayList<>();
            for (int id : ids) {
                long answers = answersTo(api, id);
                assertThat(answers).as("answers to message %d", id).isPositive();
                if (answers > 1) twice.add(id);
            }
            assertThat(twice).as("messages answered more than once").hasSizeLessThanOrEqualTo(1);
        }
    }

    /**
     * The replies to the message that Telegram accepted, plus one if it got a reaction (a digest's
     * mark): setting the same reaction again shows nothing new, so repeats of it are not counted.
     */
    private static long answersTo(FakeBotApi api, int messageId) {
        List<Call> toGroup = api.accepted().stream()
                .filter(c -> Long.toString(GROUP).equals(c.chatId()))
                .toList();
        long replies = toGroup.stream()
                .filter(c -> c.method().equals("sendMessage")
                        && Integer.valueOf(messageId).equals(c.replyToMessageId()))
                .count();
        boolean marked = toGroup.stream()
                .anyMatch(c -> c.method().equals("setMessageReaction")
                        && Integer.toString(messageId).equals(c.param("message_id")));
        return replies + (marked ? 1 : 0);
    }
}
