package org.receptionbot.app.telegram;

import static org.receptionbot.app.telegram.TelegramEvent.GROUP;
import static org.receptionbot.app.telegram.TelegramEvent.liaison;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeUpdates;
import org.receptionbot.app.CleanStop;
import org.receptionbot.app.JarProcess;

/**
 * The packaged jar serving Telegram on its own embedded Redis, as a new user tries it, stopped with SIGTERM once it has
 * answered a message: it ends by itself, with no ERROR and no stack trace in its output; the timed jobs stop first,
 * then the Telegram adapter, then the Redis client, and the embedded Redis last.
 */
class TelegramCleanStopIT {
    @TempDir
    Path dir;

    @Test
    void aSigtermStopsTheBotWithNoErrorAndTheEmbeddedRedisLast() throws Exception {
        try (FakeBotApi api = new FakeBotApi();
                JarProcess jar = JarProcess.onEmbeddedRedis(
                        dir,
                        TelegramEvent.write(dir),
                        "--reception.telegram.token=" + FakeBotApi.TOKEN,
                        "--reception.telegram.api-url=" + api.apiUrl(),
                        "--reception.telegram.poll-timeout=0s",
                        // more to log makes the stop slower, as on a loaded machine
                        "--logging.level.org.receptionbot=DEBUG",
                        "--logging.level.org.springframework.context.support=DEBUG")) {
            Process run = jar.start("run.log");
            jar.awaitOrShow(() -> !api.calls("getUpdates").isEmpty(), Duration.ofSeconds(90), "run.log");
            api.offer(FakeUpdates.message(GROUP, 1000, liaison(0), "联络员1", "明天晚餐少1人"));
            jar.awaitOrShow(
                    () -> api.accepted().stream()
                            .anyMatch(c -> Long.toString(GROUP).equals(c.chatId())
                                    && (Integer.valueOf(1000).equals(c.replyToMessageId())
                                            || c.method().equals("setMessageReaction"))),
                    Duration.ofSeconds(60),
                    "run.log");

            jar.stop(run);

            CleanStop.assertClean(run, jar.log("run.log"), "stopTelegramBeforeRedis");
        }
    }
}
