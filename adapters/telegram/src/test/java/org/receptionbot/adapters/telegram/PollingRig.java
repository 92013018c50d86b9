package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.receptionbot.adapters.outbox.PressRefusals;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.chat.ChatHandler;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Long polling of a {@link FakeBotApi} that serves the group {@value #GROUP}, on an embedded Redis
 * of its own, handing what it reads to the core the test gives. Register it on a field with
 * {@code @RegisterExtension}: it polls from before each test until after it.
 */
final class PollingRig implements BeforeEachCallback, AfterEachCallback {
    static final long GROUP = -100;

    private final Duration redisTimeout;
    private final Duration firstPause;
    private final Function<StringRedisTemplate, ChatHandler> core;
    private Path dir;
    private Thread thread;
    FakeBotApi api;
    RedisFixture redisFixture;
    StringRedisTemplate redis;
    TelegramBot bot;
    Receiver receiver;
    Poller poller;
    /** The refusals of presses, kept from the chat: the outbox of a core the test makes takes them from here. */
    final PressRefusals refusals = new PressRefusals();

    /**
     * @param redisTimeout the command timeout of the bot's Redis client
     * @param firstPause the poller's wait after a first failure
     * @param core the core, made on the bot's Redis client
     */
    PollingRig(Duration redisTimeout, Duration firstPause, Function<StringRedisTemplate, ChatHandler> core) {
        this.redisTimeout = redisTimeout;
        this.firstPause = firstPause;
        this.core = core;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("polling-rig");
        api = new FakeBotApi();
        redisFixture = new RedisFixture(dir);
        redisFixture.start();
        redis = redisFixture.template(redisFixture.port, redisTimeout);
        bot = new TelegramBot.Builder(FakeBotApi.TOKEN).apiUrl(api.apiUrl()).build();
        receiver =
                new Receiver(bot, redis, new ChatIds(redis), Set.of(Long.toString(GROUP)), core.apply(redis), refusals);
        poller = new Poller(bot, redis, receiver, Duration.ZERO, firstPause);
        thread = new Thread(poller, "test-poller");
        thread.start();
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException, IOException {
        if (poller != null) poller.stop();
        if (thread != null) thread.join(5_000);
        if (bot != null) bot.shutdown();
        if (api != null) api.close();
        if (redisFixture != null) redisFixture.close();
        FileSystemUtils.deleteRecursively(dir);
    }
}
