package org.receptionbot.app.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.discord.FakeDiscord;
import org.receptionbot.app.BotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The application does not start on Discord without the message content intent, and says where to turn it on. */
class DiscordStartFailureIT {
    @TempDir
    Path dir;

    @Test
    void aMissingIntentStopsTheStartWithWhereToTurnItOnInChineseAndEnglish() throws Exception {
        Path event = dir.resolve("event.yml");
        try (var in = getClass().getResourceAsStream("/events/sample-event.yml")) {
            Files.write(event, in.readAllBytes());
        }
        try (FakeDiscord discord = new FakeDiscord(500)) {
            discord.refuseIntent();

            Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(BotApplication.class)
                    .run(
                            "--reception.data-dir=" + dir.resolve("data"),
                            "--reception.embedded-redis.port=0",
                            "--reception.event-file=" + event,
                            "--reception.discord.token=" + FakeDiscord.TOKEN,
                            "--reception.discord.api-url=" + discord.apiUrl(),
                            "--reception.discord.gateway-url=" + discord.gatewayUrl()));

            FailureAnalysis analysis = new DiscordFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("4014");
            assertThat(analysis.getAction())
                    .contains("Privileged Gateway Intents 下打开 MESSAGE CONTENT INTENT")
                    .contains("turn on MESSAGE CONTENT INTENT under Privileged Gateway Intents");
        }
    }
}
