package org.receptionbot.adapters.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.receptionbot.adapters.redis.RedisFixture;
import org.receptionbot.conversation.Dialogue;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;
import org.receptionbot.testing.CoreWiring;
import org.receptionbot.testing.EventsAroundToday;
import org.receptionbot.testing.InMemoryInboundLog;
import org.receptionbot.testing.InMemoryLedger;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The adapter against a {@link FakeDiscord}, serving the core's real dialogue over in-memory ports:
 * the event of {@code events/discord-event.yml} laid around today, its group channel {@value #GROUP}
 * and coordinators' channel {@value #COORDINATORS}; 李娜 ({@value #LI_NA}) is 湖南's liaison, 王强
 * ({@value #WANG}) 贵州's, 田主任 ({@value #TIAN}) a coordinator.
 *
 * <p>Register it on a field with {@code @RegisterExtension}: each test gets its own fake Discord and
 * Redis (on a fresh directory), closed after it, and an adapter already started unless made with
 * {@link #notStarted()}.
 */
final class DiscordRig implements BeforeEachCallback, AfterEachCallback {
    static final long GROUP = 500;
    static final long COORDINATORS = 600;
    static final long OTHER = 700;
    static final long LI_NA = 2001;
    static final long WANG = 2002;
    static final long TIAN = 1001;

    final Event event = event();
    final InMemoryInboundLog inbound = new InMemoryInboundLog();
    final InMemoryLedger ledger = new InMemoryLedger();
    private final boolean startAtEach;
    private Path dir;
    private RedisFixture redisFixture;
    FakeDiscord discord;
    StringRedisTemplate redis;
    DiscordAdapter adapter;
    Dialogue dialogue;

    private DiscordRig(boolean startAtEach) {
        this.startAtEach = startAtEach;
    }

    /** A rig whose adapter is started before each test. */
    static DiscordRig started() {
        return new DiscordRig(true);
    }

    /** A rig whose test starts the adapter itself, if at all. */
    static DiscordRig notStarted() {
        return new DiscordRig(false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("discord-rig");
        discord = new FakeDiscord(GROUP, COORDINATORS, OTHER);
        redisFixture = new RedisFixture(dir);
        redis = redisFixture.connect();
        if (startAtEach) start();
    }

    /** Starts an adapter (again, as after a restart: the ledger and the inbound log stay). */
    DiscordRig start() {
        adapter = DiscordAdapter.create(settings(), redis, Clock.systemUTC());
        dialogue = CoreWiring.inMemory(event, ledger, adapter.outbox(), Clock.systemUTC())
                .dialogue(inbound, new MessageParser(event)::parse, null, null);
        adapter.start(dialogue);
        return this;
    }

    DiscordSettings settings() {
        return new DiscordSettings(
                FakeDiscord.TOKEN,
                discord.apiUrl(),
                discord.gatewayUrl(),
                Set.of(Long.toString(GROUP), Long.toString(COORDINATORS)));
    }

    void stop() {
        if (adapter != null) adapter.close();
        adapter = null;
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        stop();
        if (discord != null) discord.close();
        if (redisFixture != null) redisFixture.close();
        FileSystemUtils.deleteRecursively(dir);
    }

    private static Event event() {
        return EventsAroundToday.read(DiscordRig.class, "/events/discord-event.yml");
    }
}
