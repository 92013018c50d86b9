package org.receptionbot.adapters.discord;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The bot on Discord. {@link #outbox()} is what the core says through; {@link #start} logs in,
 * connects to the gateway with the intents it needs (server messages and the privileged message
 * content), registers the slash commands, reads what was missed and begins receiving; {@link #close}
 * stops both directions.
 */
public final class DiscordAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    /** The platform of the chats this adapter serves, as the event file names it. */
    public static final String PLATFORM = "discord";

    private final DiscordSettings settings;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final DirectOutbox outbox = new DirectOutbox();
    private final Worker worker = new Worker();
    private JDA jda;

    private DiscordAdapter(DiscordSettings settings, StringRedisTemplate redis, Clock clock) {
        this.settings = settings;
        this.redis = redis;
        this.clock = clock;
    }

    public static DiscordAdapter create(DiscordSettings settings, StringRedisTemplate redis, Clock clock) {
        return new DiscordAdapter(settings, redis, clock);
    }

    public Outbox outbox() {
        return outbox;
    }

    /**
     * Connects and starts sending and receiving; events go to {@code handler}. Throws {@link
     * DiscordUnavailableException} when Discord refuses the token, refuses the intents (close code
     * 4014) or cannot be reached.
     */
    public synchronized void start(ChatHandler handler) {
        if (jda != null) throw new IllegalStateException("already started");
        Receiver receiver = new Receiver(redis, settings.servedChannels(), handler, clock);
        Events events = new Events(
                receiver,
                new CatchUp(receiver, settings.servedChannels()),
                new SlashCommands(settings.servedChannels()),
                worker);
        Connection connection = new Connection();
        try {
            // The adapter's listeners first: JDA calls them in this order, and READY ends the wait.
            jda = builder()
                    .addEventListeners(events, new Interactions(receiver, worker), connection)
                    .build();
        } catch (InvalidTokenException e) {
            throw unavailable(DiscordUnavailableException.Reason.TOKEN, "Discord refused the bot token (401)", e);
        } catch (RuntimeException e) {
            throw unavailable(
                    DiscordUnavailableException.Reason.UNREACHABLE,
                    "Discord could not be reached at " + settings.apiUrl() + " (" + e.getMessage() + ")",
                    e);
        }
        try {
            connection.await();
        } catch (DiscordUnavailableException e) {
            close();
            throw e;
        }
        outbox.start(new DiscordSender(jda, true));
        log.info(
                "Discord bot {} (id {}) serving channels {}",
                jda.getSelfUser().getName(),
                jda.getSelfUser().getId(),
                settings.servedChannels());
    }

    private JDABuilder builder() {
        JDABuilder builder = JDABuilder.createLight(
                        settings.token(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                .setRestConfig(new RestConfig().setBaseUrl(settings.apiUrl()))
                .setEnableShutdownHook(false);
        if (settings.gatewayUrl() != null) {
            builder.setSessionController(new LocalGateway(settings.gatewayUrl()))
                    .setCompression(Compression.NONE);
        }
        return builder;
    }

    private DiscordUnavailableException unavailable(
            DiscordUnavailableException.Reason reason, String message, Throwable cause) {
        close();
        return new DiscordUnavailableException(reason, message, cause);
    }

    @Override
    public synchronized void close() {
        outbox.close();
        worker.close();
        if (jda != null) {
            jda.shutdown();
            try {
                if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) jda.shutdownNow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
