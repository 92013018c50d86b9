package org.receptionbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.discord.FakeDiscord;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.app.JarProcess;
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
    private static final long CHANNEL = 500;
    private static final ChatRef CHAT = new ChatRef("discord", Long.toString(CHANNEL));
    /** One message per liaison: a second "少1人" from one sender within 10 minutes is asked about. */
    private static final int MESSAGES = 60;

    @TempDir
    Path dir;

    @Test
    void noMessageIsLostNoneAppliedTwiceAndEachAnswered() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(CHANNEL);
                RedisFixture redisFixture = new RedisFixture(dir.resolve("redis"));
                JarProcess jar = new JarProcess(
                        dir,
                        redisFixture.port,
                        writeEvent(),
                        "--reception.discord.token=" + FakeDiscord.TOKEN,
                        "--reception.discord.api-url=" + discord.apiUrl(),
                        "--reception.discord.gateway-url=" + discord.gatewayUrl())) {
            StringRedisTemplate redis = redisFixture.connect();
            LocalDate firstDay = EventFileHead.today();
            List<Long> ids = new ArrayList<>();

            Process first = jar.start("first.log");
            // ready: the channel is marked and the slash commands registered, so the burst is the bot's
            jar.awaitOrShow(() -> discord.commands() != null, Duration.ofSeconds(60), "first.log");
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
                    jar.awaitOrShow(
                            () -> RedisStore.inboundLog(redis).count(CHAT) >= 5, Duration.ofSeconds(60), "first.log");
                    first.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
                    killed = true;
                }
            }
            assertThat(RedisStore.inboundLog(redis).count(CHAT))
                    .as("killed mid-burst")
                    .isLessThan(MESSAGES);

            Process second = jar.start("second.log");
            jar.awaitOrShow(
                    () -> RedisStore.inboundLog(redis).count(CHAT) == MESSAGES, Duration.ofSeconds(90), "second.log");
            jar.awaitOrShow(
                    () -> Boolean.FALSE.equals(redis.hasKey("rb:{dc}:out:chats")),
                    Duration.ofSeconds(120),
                    "second.log");
            jar.stop(second);

            Ledger ledger = RedisStore.ledger(redis);
            // the jar dates 明天 by its own clock: a run across midnight (Beijing) dates later messages a day on
            var tomorrow = Stream.iterate(
                            firstDay.plusDays(1),
                            d -> !d.isAfter(EventFileHead.today().plusDays(1)),
                            d -> d.plusDays(1))
                    .flatMap(d -> ledger.day(d).entries().stream())
                    .toList();
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

    private Path writeEvent() throws IOException {
        StringBuilder y = new StringBuilder(EventFileHead.yaml(5, 3000)).append("""
                coordinators:
                  - {name: 田主任, phone: "13800000001", accounts: {discord: "1001"}}
                chats:
                  - {platform: discord, id: "500", name: 接待工作群, role: GROUP}
                delegations:
                """);
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
