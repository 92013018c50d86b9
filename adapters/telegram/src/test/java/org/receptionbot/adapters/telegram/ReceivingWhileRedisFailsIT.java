package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.telegram.PollingRig.GROUP;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.adapters.redis.RedisStore;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;

/**
 * Long polling while the redis-server under the bot is paused, or killed and started again on its
 * append-only file: no update is confirmed to Telegram before it is stored, and each is stored once.
 */
class ReceivingWhileRedisFailsIT {
    static final ChatRef CHAT = new ChatRef(TelegramAdapter.PLATFORM, Long.toString(GROUP));

    @RegisterExtension
    final PollingRig rig = new PollingRig(
            Duration.ofSeconds(1), Duration.ofMillis(50), redis -> new Storing(RedisStore.inboundLog(redis)));

    @Test
    void updatesWaitUnconfirmedWhileRedisIsPausedAndAreStoredOnceWhenItResumes() {
        int before = rig.api.offer(FakeUpdates.message(GROUP, 1, 2001, "李娜", "湖南团午饭30人"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > before);

        rig.redisFixture.pause();
        int first = rig.api.offer(FakeUpdates.message(GROUP, 2, 2002, "王伟", "湖北团午饭29人"));
        int last = rig.api.offer(FakeUpdates.message(GROUP, 3, 2003, "张敏", "河南团午饭28人"));
        int polls = rig.api.calls("getUpdates").size();
        await().atMost(20, TimeUnit.SECONDS)
                .until(() -> rig.api.calls("getUpdates").size() >= polls + 3);
        assertThat(rig.api.confirmedBelow()).isLessThanOrEqualTo(first);
        rig.redisFixture.resume();

        await().atMost(20, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > last);
        assertStoredOnce("1", "2", "3");
    }

    @Test
    void updatesOutlastMoreFailuresThanAnUpdateIsAllowedWhileRedisIsDownAndAreStoredWhenItIsBack() {
        rig.redisFixture.kill();
        int first = rig.api.offer(FakeUpdates.message(GROUP, 4, 2001, "李娜", "湖南团晚饭30人"));
        int last = rig.api.offer(FakeUpdates.message(GROUP, 5, 2002, "王伟", "湖北团晚饭29人"));
        int polls = rig.api.calls("getUpdates").size();
        await().atMost(30, TimeUnit.SECONDS)
                .until(() -> rig.api.calls("getUpdates").size() >= polls + Poller.ATTEMPTS + 2);
        assertThat(rig.api.confirmedBelow()).isLessThanOrEqualTo(first);

        rig.redisFixture.start();

        await().atMost(40, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > last);
        assertStoredOnce("4", "5");
        assertThat(rig.redis.opsForList().size(Keys.FAILED_UPDATES)).isZero();
    }

    @Test
    void theWebhookAnswers500WhileRedisIsDownSoThatTelegramPostsTheUpdateAgain() throws Exception {
        rig.poller.stop();
        var hook = new TelegramSettings.Webhook("https://bot.example.org/telegram", "s3cret_token", 0, "/telegram");
        try (WebhookServer server = new WebhookServer(hook, rig.receiver)) {
            server.start();
            String update =
                    FakeUpdates.message(GROUP, 6, 2001, "李娜", "湖南团午饭30人").toString();

            rig.redisFixture.pause();
            assertThat(post(server.port(), update)).isEqualTo(500);
            rig.redisFixture.resume();
            rig.redisFixture.kill();
            assertThat(post(server.port(), update)).isEqualTo(500);
            rig.redisFixture.start();

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
        InboundLog log = RedisStore.inboundLog(rig.redis);
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
