package org.receptionbot.app.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.app.telegram.TelegramEvent.GROUP;
import static org.receptionbot.app.telegram.TelegramEvent.liaison;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.telegram.FakeBotApi;
import org.receptionbot.adapters.telegram.FakeUpdates;
import org.receptionbot.adapters.telegram.TelegramAdapter;
import org.receptionbot.adapters.telegram.TestKeyStores;
import org.receptionbot.app.BotApplication;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Source;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The application on a webhook that serves HTTPS itself, with a self-signed certificate. */
class TelegramWebhookIT {
    private static final String SECRET = "hook_secret-1";

    @TempDir
    Path dir;

    @Test
    void anUpdatePostedToTheWebhookBecomesRecordsAndAnAnswer() throws Exception {
        Path keyStore = TestKeyStores.selfSigned(dir);
        try (FakeBotApi api = new FakeBotApi();
                var context = new SpringApplicationBuilder(BotApplication.class)
                        .run(TelegramEvent.application(
                                dir,
                                api,
                                "--reception.telegram.webhook-url=https://bot.example.org:8443/telegram",
                                "--reception.telegram.webhook-secret=" + SECRET,
                                "--reception.telegram.webhook-port=0",
                                "--reception.telegram.webhook-key-store=" + keyStore,
                                "--reception.telegram.webhook-key-store-password=" + TestKeyStores.PASSWORD))) {
            assertThat(api.calls("setWebhook")).singleElement().satisfies(c -> {
                assertThat(c.param("url")).isEqualTo("https://bot.example.org:8443/telegram");
                assertThat(c.param("secret_token")).isEqualTo(SECRET);
                assertThat(c.fileName()).isNotNull();
            });
            assertThat(api.calls("getUpdates")).isEmpty();
            int port = context.getBean(TelegramAdapter.class).webhookPort();
            HttpClient client = HttpClient.newBuilder()
                    .sslContext(TestKeyStores.trusting(keyStore))
                    .build();
            String update = FakeUpdates.message(GROUP, 77, liaison(4), "联络员5", "明天晚餐少3人")
                    .toString();

            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/telegram"))
                            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                            .POST(HttpRequest.BodyPublishers.ofString(update))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());

            assertThat(response.statusCode()).isEqualTo(200);
            Ledger ledger = context.getBean(Ledger.class);
            assertThat(ledger.activeEntriesOf(Source.messageRef(new ChatRef("telegram", Long.toString(GROUP)), "77")))
                    .hasSize(1);
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> api.messagesTo(Long.toString(GROUP)).stream()
                            .anyMatch(c -> c.text() != null && c.text().startsWith("已记录")));
        }
    }
}
