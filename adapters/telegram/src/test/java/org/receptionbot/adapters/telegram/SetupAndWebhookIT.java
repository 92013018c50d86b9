package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pengrad.telegrambot.TelegramBot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.outbox.PressRefusals;
import org.receptionbot.adapters.redis.RedisFixture;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** What the bot tells Telegram at start, and the webhook endpoint. */
class SetupAndWebhookIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    FakeBotApi api;
    TelegramBot bot;
    ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        bot = new TelegramBot.Builder(FakeBotApi.TOKEN).apiUrl(api.apiUrl()).build();
        logged.start();
        ((Logger) LoggerFactory.getLogger(BotSetup.class)).addAppender(logged);
    }

    @AfterEach
    void stop() {
        ((Logger) LoggerFactory.getLogger(BotSetup.class)).detachAppender(logged);
        bot.shutdown();
        api.close();
    }

    @Test
    void atStartTheCommandsAreRegisteredInChineseAndPollingIsMadePossible() {
        BotSetup.run(bot, TelegramSettings.polling(FakeBotApi.TOKEN, api.apiUrl(), Set.of("-100")));

        String commands = api.calls("setMyCommands").get(0).param("commands");
        assertThat(commands).contains("\"command\":\"meals\"").contains("用餐人数").contains("\"command\":\"undo\"");
        assertThat(api.calls("deleteWebhook")).hasSize(1);
        assertThat(api.calls("setWebhook")).isEmpty();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void aBotThatCannotReadTheGroupSaysHowToFixIt() {
        api.privacyOn();

        BotSetup.run(bot, TelegramSettings.polling(FakeBotApi.TOKEN, api.apiUrl(), Set.of("-100")));

        assertThat(warnings())
                .singleElement()
                .asString()
                .contains("/setprivacy")
                .contains("add it again");
    }

    @Test
    void aRefusedTokenStopsTheStartWithTheReason() {
        api.fail("getMe", 1, 401, "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");

        assertThatThrownBy(() -> BotSetup.run(bot, TelegramSettings.polling("1:bad", api.apiUrl(), Set.of())))
                .isInstanceOf(TelegramUnavailableException.class)
                .hasMessageContaining("refused the bot token")
                .hasMessageContaining("Unauthorized");
    }

    @Test
    void theWebhookTakesUpdatesCarryingTheSecretAndNothingElse() throws Exception {
        var hook = new TelegramSettings.Webhook("https://bot.example.org/telegram", "s3cret_token", 0, "/telegram");
        BotSetup.run(
                bot,
                TelegramSettings.polling(FakeBotApi.TOKEN, api.apiUrl(), Set.of("-100"))
                        .withWebhook(hook));
        assertThat(api.calls("setWebhook").get(0).params())
                .containsEntry("url", "https://bot.example.org/telegram")
                .containsEntry("secret_token", "s3cret_token");

        try (RedisFixture redisFixture = new RedisFixture(dir)) {
            StringRedisTemplate redis = redisFixture.connect();
            ReceivingIT.Recording core = new ReceivingIT.Recording();
            Receiver receiver = new Receiver(bot, redis, new ChatIds(redis), Set.of("-100"), core, new PressRefusals());
            try (WebhookServer server = new WebhookServer(hook, receiver)) {
                server.start();
                String update =
                        FakeUpdates.message(-100, 5, 2001, "李娜", "湖南团少2人").toString();

                assertThat(post(server.port(), null, update)).isEqualTo(401);
                assertThat(post(server.port(), "wrong", update)).isEqualTo(401);
                assertThat(core.messages).isEmpty();

                assertThat(post(server.port(), "s3cret_token", update)).isEqualTo(200);
                assertThat(core.messages).extracting(m -> m.text()).containsExactly("湖南团少2人");

                core.failures.set(1);
                String next = FakeUpdates.message(-100, 6, 2001, "李娜", "湖南团少3人").toString();
                assertThat(post(server.port(), "s3cret_token", next)).isEqualTo(500);
                assertThat(post(server.port(), "s3cret_token", next)).isEqualTo(200);
                assertThat(core.messages).hasSize(2);
            }
        }
    }

    @Test
    void theWebhookServesHttpsWithItsKeyStoreAndGivesTelegramASelfSignedCertificate() throws Exception {
        Path keyStore = TestKeyStores.selfSigned(dir);
        var tls = new TelegramSettings.Tls(keyStore, TestKeyStores.PASSWORD);
        var hook = new TelegramSettings.Webhook(
                "https://bot.example.org:8443/telegram", "s3cret_token", 0, "/telegram", tls);

        BotSetup.run(
                bot,
                TelegramSettings.polling(FakeBotApi.TOKEN, api.apiUrl(), Set.of("-100"))
                        .withWebhook(hook));
        FakeBotApi.Call setWebhook = api.calls("setWebhook").get(0);
        assertThat(new String(setWebhook.file(), java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(setWebhook.params()).containsEntry("secret_token", "s3cret_token");

        try (RedisFixture redisFixture = new RedisFixture(dir.resolve("redis"))) {
            StringRedisTemplate redis = redisFixture.connect();
            ReceivingIT.Recording core = new ReceivingIT.Recording();
            Receiver receiver = new Receiver(bot, redis, new ChatIds(redis), Set.of("-100"), core, new PressRefusals());
            try (WebhookServer server = new WebhookServer(hook, receiver)) {
                server.start();
                HttpClient trusting = HttpClient.newBuilder()
                        .sslContext(TestKeyStores.trusting(keyStore))
                        .build();
                var request = HttpRequest.newBuilder(URI.create("https://localhost:" + server.port() + "/telegram"))
                        .header(WebhookServer.SECRET_HEADER, "s3cret_token")
                        .POST(HttpRequest.BodyPublishers.ofString(FakeUpdates.message(-100, 5, 2001, "李娜", "湖南团少2人")
                                .toString()))
                        .build();

                assertThat(trusting.send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode())
                        .isEqualTo(200);
                assertThat(core.messages).extracting(m -> m.text()).containsExactly("湖南团少2人");
            }
        }
    }

    private static int post(int port, String secret, String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) request.header(WebhookServer.SECRET_HEADER, secret);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private java.util.List<String> warnings() {
        return logged.list.stream()
                .filter(e -> e.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
