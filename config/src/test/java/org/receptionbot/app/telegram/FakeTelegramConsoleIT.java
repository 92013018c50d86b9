package org.receptionbot.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeTelegramConsole;
import org.receptionbot.app.BotApplication;
import org.receptionbot.summary.Texts;
import org.receptionbot.testing.ConsoleLoop;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's transcript of the fake Telegram console ("Try Telegram/Discord locally"), typed line
 * by line into the console's loop against the whole application at any hour of the day: what the console
 * prints holds the README's lines in order, with tomorrow's date where the README shows its example date.
 */
class FakeTelegramConsoleIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Pattern DAY = Pattern.compile("\\d{1,2}月\\d{1,2}日（周.）");

    @TempDir
    Path dir;

    @Test
    void theReadmeTranscriptIsWhatTheConsolePrints() throws Exception {
        List<String> readme = transcript();
        String tomorrow = Texts.day(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1));
        Path event = ConsoleLoop.writeEvent(dir, "telegram", "-100", "-200", "-300");
        try (FakeBotApi api = new FakeBotApi();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(BotApplication.class)
                        .run(
                                "--reception.data-dir=" + dir.resolve("data"),
                                "--reception.embedded-redis.port=0",
                                "--reception.event-file=" + event,
                                "--reception.telegram.token=" + FakeBotApi.TOKEN,
                                "--reception.telegram.api-url=" + api.apiUrl(),
                                "--reception.telegram.poll-timeout=0s")) {
            ConsoleLoop.Platform console = FakeTelegramConsole.platform(api);
            List<String> expected = new ArrayList<>();
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
            for (String line : readme) {
                if (line.startsWith("    ") || line.startsWith("【")) {
                    expected.add(DAY.matcher(line).replaceAll(tomorrow));
                    continue;
                }
                List<String> want = List.copyOf(expected);
                await().atMost(WAIT).until(() -> holds(FakeTelegramConsole.printed(api), want));
                ConsoleLoop.read(new BufferedReader(new StringReader(line + "\n")), out, console);
            }
            await().atMost(WAIT).until(() -> holds(FakeTelegramConsole.printed(api), expected));
            assertThat(said.toString(StandardCharsets.UTF_8))
                    .as("the console's own complaints")
                    .isEmpty();
        }
    }

    /** Whether {@code printed}, split into lines, holds {@code expected} in order. */
    private static boolean holds(List<String> printed, List<String> expected) {
        List<String> lines =
                printed.stream().flatMap(p -> List.of(p.split("\n")).stream()).toList();
        int at = 0;
        for (String e : expected) {
            while (at < lines.size() && !lines.get(at).equals(e)) at++;
            if (at == lines.size()) return false;
            at++;
        }
        return true;
    }

    /** The text block of the README's "Try Telegram/Discord locally" section. */
    private static List<String> transcript() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        int start = lines.indexOf("### Try Telegram/Discord locally");
        while (!lines.get(start).equals("```text")) start++;
        int end = start + 1;
        while (!lines.get(end).equals("```")) end++;
        return lines.subList(start + 1, end);
    }
}
