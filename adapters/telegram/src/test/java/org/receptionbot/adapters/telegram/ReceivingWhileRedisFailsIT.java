package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pengrad.telegrambot.TelegramBot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Long polling while the redis-server under the bot is paused, or killed and started again on its
 * append-only file: no update is confirmed to Telegram before it is stored, and each is stored once.
 */
class ReceivingWhileRedisFailsIT {
    static final long GROUP = -100;
    static final ChatRef CHAT = new ChatRef(TelegramAdapter.PLATFORM, "-100");

    @TempDir
    Path dir;

    FakeBotApi api;
    RedisFixture redisFixture;
    StringRedisTemplate redis;
    TelegramBot bot;
    Poller poller;
    Thread thread;

    @BeforeEach
    void start() {
        api = new FakeBotApi();
        redisFixture = new RedisFixture(dir);
        redisFixture.start();
        redis = redisFixture.template(redisFixture.port, Duration.ofSeconds(1));
        bot = new TelegramBot.Builder(FakeBotApi.TOKEN).apiUrl(api.apiUrl()).build();
        Receiver receiver =
                new Receiver(bot, redis, new ChatIds(redis), Set.of("-100"), new Storing(RedisStore.inboundLog(redis)));
        poller = new Poller(bot, redis, receiver, Duration.ZERO, Duration.ofMillis(50));
        thread = new Thread(poller, "test-poller");
        thread.start();
    }

    @AfterEach
    void stop() throws InterruptedException {
        poller.stop();
        thread.join(5_000);
        bot.shutdown();
        api.close();
        redisFixture.close();
    }

    @Test
    void updatesWaitUnconfirmedWhileRedisIsPausedAndAreStoredOnceWhenItResumes() {
        int before = api.offer(FakeUpdates.message(GROUP, 1, 2001, "李娜", "湖南团午饭30人"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> api.confirmedBelow() > before);

        redisFixture.pause();
        int first = api.offer(FakeUpdates.message(GROUP, 2, 2002, "王伟", "湖北团午饭29人"));
        int last = api.offer(FakeUpdates.message(GROUP, 3, 2003, "张敏", "河南团午饭28人"));
        int polls = api.calls("getUpdates").size();
        await().atMost(20, TimeUnit.SECONDS).until(() -> api.calls("getUpdates").size() >= polls + 3);
        assertThat(api.confirmedBelow()).isLessThanOrEqualTo(first);
        redisFixture.resume();

        await().atMost(20, TimeUnit.SECONDS).until(() -> api.confirmedBelow() > last);
        assertStoredOnce("1", "2", "3");
    }

    @Test
    void updatesOutlastMoreFailuresThanAnUpdateIsAllowedWhileRedisIsDownAndAreStoredWhenItIsBack() {
        redisFixture.kill();
        int first = api.offer(FakeUpdates.message(GROUP, 4, 2001, "李娜", "湖南团晚饭30人"));
        int last = api.offer(FakeUpdates.message(GROUP, 5, 2002, "王伟", "湖北团晚饭29人"));
        int polls = api.calls("getUpdates").size();
        await().atMost(30, TimeUnit.SECONDS).until(() -> api.calls("getUpdates").size() >= polls + Poller.ATTEMPTS + 2);
        assertThat(api.confirmedBelow()).isLessThanOrEqualTo(first);

        redisFixture.start();

        await().atMost(40, TimeUnit.SECONDS).until(() -> api.confirmedBelow() > last);
        assertStoredOnce("4", "5");
        assertThat(redis.opsForList().size(Keys.FAILED_UPDATES)).isZero();
    }

    @Test
    void theWebhookAnswers500WhileRedisIsDownSoThatTelegramPostsTheUpdateAgain() throws Exception {
        poller.stop();
        var hook = new TelegramSettings.Webhook("https://bot.example.org/telegram", "s3cret_token", 0, "/telegram");
        Receiver receiver =
                new Receiver(bot, redis, new ChatIds(redis), Set.of("-100"), new Storing(RedisStore.inboundLog(redis)));
        try (WebhookServer server = new WebhookServer(hook, receiver)) {
            server.start();
            String update =
                    FakeUpdates.message(GROUP, 6, 2001, "李娜", "湖南团午饭30人").toString();

            redisFixture.pause();
            assertThat(post(server.port(), update)).isEqualTo(500);
            redisFixture.resume();
            redisFixture.kill();
            assertThat(post(server.port(), update)).isEqualTo(500);
            redisFixture.start();

            await().atMost(20, TimeUnit.SECONDS).until(() -> post(server.port(), update) == 200);
            assertStoredOnce("6");
        }
    }

    private static int post(int port, String body) throws java.io.IOException, InterruptedException {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + "/telegram"))
                .header("Content-Type", "application/json")
                .header(WebhookServer.SECRET_HEADER, "s3cret_token")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void assertStoredOnce(String... messageIds) {
        InboundLog log = RedisStore.inboundLog(redis);
        List<IncomingMessage> stored = log.recent(CHAT, 100);
        assertThat(stored).extracting(IncomingMessage::messageId).containsExactly(messageIds);
    }

    /** The core's first step: the message stored in the inbound log, then marked handled. */
    private record Storing(InboundLog log) implements ChatHandler {
        @Override
        public void onMessage(IncomingMessage message) {
            if (log.store(message)) log.handled(message);
        }

        @Override
        public void onButton(ButtonPress press) {}
    }
}
