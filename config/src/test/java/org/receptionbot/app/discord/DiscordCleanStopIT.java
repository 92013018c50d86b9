package org.receptionbot.app.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.discord.FakeDiscord;
import org.receptionbot.app.CleanStop;
import org.receptionbot.app.JarProcess;

/**
 * The packaged jar serving Discord on its own embedded Redis, as a new user tries it (README, "Try Telegram/Discord
 * locally"), stopped with SIGTERM once it has answered a message: it ends by itself, with no ERROR and no stack trace
 * in its output, and the embedded Redis stops last. (The thirty-second trial's stop logged a Redis time-out giving the
 * gateway lease up and netty's "Event loop shut down?" errors: the embedded Redis had been stopped first.)
 */
class DiscordCleanStopIT {
    private static final long CHANNEL = 500;

    @TempDir
    Path dir;

    @Test
    void aSigtermStopsTheBotWithNoErrorAndTheEmbeddedRedisLast() throws Exception {
        try (FakeDiscord discord = new FakeDiscord(CHANNEL);
                JarProcess jar = JarProcess.onEmbeddedRedis(
                        dir,
                        writeEvent(),
                        "--reception.discord.token=" + FakeDiscord.TOKEN,
                        "--reception.discord.api-url=" + discord.apiUrl(),
                        "--reception.discord.gateway-url=" + discord.gatewayUrl(),
                        // more to log makes the stop slower, as on a loaded machine, where the trial's race showed
                        "--logging.level.org.receptionbot=DEBUG",
                        "--logging.level.org.springframework.context.support=DEBUG")) {
            Process run = jar.start("run.log");
            jar.awaitOrShow(() -> discord.commands() != null, Duration.ofSeconds(90), "run.log");
            long id = discord.say(CHANNEL, 2001, "联络员1", "明天晚餐少1人");
            jar.awaitOrShow(
                    () -> discord.posted(CHANNEL).stream()
                            .anyMatch(p -> Long.toString(id).equals(p.replyTo())),
                    Duration.ofSeconds(60),
                    "run.log");

            jar.stop(run);

            CleanStop.assertClean(run, jar.log("run.log"), "stopDiscordBeforeRedis");
        }
    }

    private Path writeEvent() throws IOException {
        String y = EventFileHead.yaml(5, 3000) + """
                coordinators:
                  - {name: 田主任, phone: "13800000001", accounts: {discord: "1001"}}
                chats:
                  - {platform: discord, id: "500", name: 接待工作群, role: GROUP}
                delegations:
                  - id: hunan
                    name: 湖南省代表团
                    size: 40
                    hotel: jiuyuan
                    venue: jiuyuan
                    liaisons:
                      - {name: 联络员1, phone: "13900000001", accounts: {discord: "2001"}}
                """;
        Path file = dir.resolve("event.yml");
        Files.writeString(file, y);
        return file;
    }
}
