package org.receptionbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.discord.FakeDiscord;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Source;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The packaged jar serving Discord is killed (SIGKILL) in the middle of a burst and started again
 * on the same Redis: the restarted bot takes the gateway over once the dead one's lease lapses,
 * reads what it missed from the history, records every message once and answers each.
 */
class DiscordKilledMidBurstIT {
    private static final Path JAR = Path.of("target", "reception-bot.jar");
    private static final long CHANNEL = 500;
    private static final ChatRef CHAT = new ChatRef("discord", Long.toString(CHANNEL));
    /** One message per liaison: a second "少1人" from one sender within 10 minutes is asked about. */
    private static final int MESSAGES = 60;

    @TempDir
    Path dir;

    @Test
    void noMessageIsLostNoneAppliedTwiceAndEachAnswered() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(CHANNEL);
                RedisFixture redisFixture = new RedisFixture(dir.resolve("redis"))) {
            StringRedisTemplate redis = redisFixture.connect();
            Path event = writeEvent();
            List<Long> ids = new ArrayList<>();

            Process first = start(discord, redisFixture.port, event, "first.log");
            // ready: the channel is marked and the slash commands registered, so the burst is the bot's
            awaitOrShow(() -> discord.commands() != null, Duration.ofSeconds(60), "first.log");
            boolean killed = false;
            for (int n = 0; n < MESSAGES; n++) {
                long who = 2001 + n;
                String name = "联络员" + (n + 1);
                ids.add(
                        killed
                                ? discord.sayWhileAway(CHANNEL, who, name, "明天晚餐少1人")
                                : discord.say(CHANNEL, who, name, "明天晚餐少1人"));
                Thread.sleep(20);
                if (n == MESSAGES / 2) {
                    awaitOrShow(
                            () -> RedisStore.inboundLog(redis).count(CHAT) >= 5, Duration.ofSeconds(60), "first.log");
                    first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                    killed = true;
                }
            }
            assertThat(RedisStore.inboundLog(redis).count(CHAT))
                    .as("killed mid-burst")
                    .isLessThan(MESSAGES);

            Process second = start(discord, redisFixture.port, event, "second.log");
            try {
                awaitOrShow(
                        () -> RedisStore.inboundLog(redis).count(CHAT) == MESSAGES,
                        Duration.ofSeconds(90),
                        "second.log");
                awaitOrShow(
                        () -> Boolean.FALSE.equals(redis.hasKey("rb:{dc}:out:chats")),
                        Duration.ofSeconds(120),
                        "second.log");
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }

            Ledger ledger = RedisStore.ledger(redis);
            var tomorrow = ledger.day(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1))
                    .entries();
            List<Long> twice = new ArrayList<>();
            for (int n = 0; n < ids.size(); n++) {
                long id = ids.get(n);
                String ref = Source.messageRef(CHAT, Long.toString(id));
                assertThat(ledger.activeEntriesOf(ref))
                        .as("message %d (#%d)", id, n)
                        .hasSize(1);
                assertThat(tomorrow.stream().filter(e -> e.source().messageRef().equals(ref)))
                        .as("message %d applied once", id)
                        .hasSize(1);
                long answers = answersTo(discord, id);
                assertThat(answers).as("answers to message %d", id).isPositive();
                if (answers > 1) twice.add(id);
            }
            // A kill between Discord's acceptance of a message and its record in Redis can send
            // that one step again (the outbox's documented window).
            assertThat(twice).as("messages answered more than once").hasSizeLessThanOrEqualTo(1);
        }
    }

    /** Replies to the message, plus one if it got a reaction (a digest's mark). */
    private static long answersTo(FakeDiscord discord, long id) {
        long replies = discord.posted(CHANNEL).stream()
                .filter(p -> Long.toString(id).equals(p.replyTo()))
                .count();
        return replies + (discord.reacted().contains(id) ? 1 : 0);
    }

    private void awaitOrShow(Callable<Boolean> condition, Duration atMost, String log) throws IOException {
        try {
            await().atMost(atMost).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "waited " + atMost + "; the jar printed:\n" + Files.readString(dir.resolve(log)), e);
        }
    }

    private Process start(FakeDiscord discord, int redisPort, Path event, String log) throws IOException {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toAbsolutePath().toString(),
                "--reception.data-dir=" + dir.resolve("data"),
                "--reception.event-file=" + event,
                "--spring.data.redis.host=127.0.0.1",
                "--spring.data.redis.port=" + redisPort,
                "--reception.discord.token=" + FakeDiscord.TOKEN,
                "--reception.discord.api-url=" + discord.apiUrl(),
                "--reception.discord.gateway-url=" + discord.gatewayUrl());
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile())
                .start();
    }

    private Path writeEvent() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        StringBuilder y = new StringBuilder("""
                event:
                  name: 测试运动会
                  timezone: Asia/Shanghai
                  start: %s
                  end: %s
                  location: {name: 示例县, latitude: 30.27, longitude: 109.49}
                meals:
                  - {id: BREAKFAST, names: [早餐], serve: "07:00-09:00", deadline: "-1d 21:00"}
                  - {id: LUNCH, names: [午餐], serve: "11:30-13:30", deadline: "10:00"}
                  - {id: DINNER, names: [晚餐], serve: "17:30-19:30", deadline: "15:00"}
                venues:
                  - {id: jiuyuan, name: 九院宾馆自助餐厅, capacity: 3000}
                hotels:
                  - {id: jiuyuan, name: 九院宾馆}
                coordinators:
                  - {name: 田主任, phone: "13800000001", accounts: {discord: "1001"}}
                chats:
                  - {platform: discord, id: "500", name: 接待工作群, role: GROUP}
                delegations:
                """.formatted(today.minusDays(3), today.plusDays(5)));
        for (int i = 0; i < MESSAGES; i++) {
            y.append("""
                      - id: d%d
                        name: 第%d代表团
                        size: 40
                        hotel: jiuyuan
                        venue: jiuyuan
                        liaisons:
                          - {name: 联络员%d, phone: "139000000%02d", accounts: {discord: "%d"}}
                    """.formatted(i, i + 1, i + 1, i, 2001 + i));
        }
        Path file = dir.resolve("event.yml");
        Files.writeString(file, y.toString());
        return file;
    }
}
