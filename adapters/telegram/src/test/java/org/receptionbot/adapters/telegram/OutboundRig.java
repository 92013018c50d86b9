package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.outbox.OutboxSettings;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.testing.MutableClock;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * An embedded Redis, a fake Bot API server and a test clock, and the outbound parts on them.
 * Register it on a field with {@code @RegisterExtension}: each test gets its own, closed after it.
 */
final class OutboundRig implements BeforeEachCallback, AfterEachCallback {
    static final Instant START = Instant.parse("2026-11-22T01:00:00Z");

    final MutableClock clock = new MutableClock(START);
    private final Clock serverClock;
    private final List<DurableOutbox> opened = new ArrayList<>();
    private Path dataDir;
    RedisFixture fixture;
    StringRedisTemplate redis;
    FakeBotApi telegram;
    TelegramBot bot;
    ChatIds chatIds;

    OutboundRig() {
        this(null);
    }

    /** With {@code serverClock} stamping the server's calls instead of the test clock. */
    OutboundRig(Clock serverClock) {
        this.serverClock = serverClock;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("outbound-rig");
        fixture = new RedisFixture(dataDir);
        redis = fixture.connect();
        telegram = new FakeBotApi(serverClock == null ? clock : serverClock);
        bot = new TelegramBot.Builder(FakeBotApi.TOKEN)
                .apiUrl(telegram.apiUrl())
                .build();
        chatIds = new ChatIds(redis);
    }

    DurableOutbox outbound() {
        return outbound(TelegramSettings.Limits.TELEGRAM, clock);
    }

    DurableOutbox outbound(TelegramSettings.Limits limits, Clock outboundClock) {
        return outbound(redis, limits, outboundClock);
    }

    DurableOutbox outbound(StringRedisTemplate on, TelegramSettings.Limits limits, Clock outboundClock) {
        return opened(TelegramAdapter.outbox(bot, on, limits, new ChatIds(on), outboundClock, OutboxSettings.LEASE));
    }

    /** With send locks of that {@code lease}. */
    DurableOutbox outbound(TelegramSettings.Limits limits, Clock outboundClock, Duration lease) {
        return opened(TelegramAdapter.outbox(bot, redis, limits, chatIds, outboundClock, lease));
    }

    private DurableOutbox opened(DurableOutbox outbound) {
        opened.add(outbound);
        return outbound;
    }

    static ChatRef chat(String id) {
        return new ChatRef("telegram", id);
    }

    /** Runs delivery passes, moving the clock to each time the outbound asks for, until nothing waits. */
    void drain(DurableOutbox outbound) {
        for (int pass = 0; pass < 10_000; pass++) {
            Instant next = outbound.deliverDue();
            if (next == null) return;
            if (next.isAfter(clock.instant())) clock.set(next);
        }
        throw new AssertionError("still delivering after 10,000 passes");
    }

    long queued(String chat) {
        Long size = redis.opsForList().size(Keys.queue(chat));
        return size == null ? 0 : size;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (DurableOutbox outbound : opened) outbound.close();
        if (bot != null) bot.shutdown();
        if (telegram != null) telegram.close();
        if (fixture != null) fixture.close();
        FileSystemUtils.deleteRecursively(dataDir);
    }
}
