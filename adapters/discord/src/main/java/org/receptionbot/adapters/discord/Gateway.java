package org.receptionbot.adapters.discord;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.outbox.OutboxSettings;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One connection to the gateway, held while this instance holds the {@link GatewayLease}: JDA with
 * the intents the bot needs (server messages and the privileged message content), the adapter's
 * listeners, and the outbox's sending thread, which sends through it what every instance queued.
 */
final class Gateway implements AutoCloseable {
    private final JDA jda;
    private final DurableOutbox outbox;

    private Gateway(JDA jda, DurableOutbox outbox) {
        this.jda = jda;
        this.outbox = outbox;
    }

    /**
     * Logs in, waits for READY and starts sending. Throws {@link DiscordUnavailableException} when
     * Discord refuses the token, refuses the intents (close code 4014) or cannot be reached.
     */
    static Gateway connect(
            DiscordSettings settings, Receiver receiver, Worker worker, StringRedisTemplate redis, Clock clock) {
        Events events = new Events(
                receiver,
                new CatchUp(receiver, settings.servedChannels()),
                new SlashCommands(settings.servedChannels()),
                worker);
        Connection connection = new Connection();
        JDA jda;
        try {
            // The adapter's listeners first: JDA calls them in this order, and READY ends the wait.
            jda = builder(settings)
                    .addEventListeners(events, new Interactions(receiver, worker), connection)
                    .build();
        } catch (InvalidTokenException e) {
            throw new DiscordUnavailableException(
                    DiscordUnavailableException.Reason.TOKEN, "Discord refused the bot token (401)", e);
        } catch (RuntimeException e) {
            throw new DiscordUnavailableException(
                    DiscordUnavailableException.Reason.UNREACHABLE,
                    "Discord could not be reached at " + settings.apiUrl() + " (" + e.getMessage() + ")",
                    e);
        }
        try {
            connection.await();
        } catch (DiscordUnavailableException e) {
            shutdown(jda);
            throw e;
        }
        DurableOutbox outbox = outbox(new DiscordSender(jda), redis, clock);
        outbox.start();
        return new Gateway(jda, outbox);
    }

    /** The Discord outbox on this Redis; it sends only once {@link DurableOutbox#start()} is called. */
    static DurableOutbox outbox(DiscordSender sender, StringRedisTemplate redis, Clock clock) {
        return new DurableOutbox(sender, redis, OutboxSettings.of("dc"), clock);
    }

    JDA jda() {
        return jda;
    }

    /** Queues and wakes the sending thread. */
    DurableOutbox outbox() {
        return outbox;
    }

    /** Stops sending (what is queued stays in Redis) and disconnects. */
    @Override
    public void close() {
        try {
            outbox.close();
        } finally {
            shutdown(jda);
        }
    }

    private static JDABuilder builder(DiscordSettings settings) {
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

    private static void shutdown(JDA jda) {
        jda.shutdown();
        try {
            if (!jda.awaitShutdown(5, TimeUnit.SECONDS)) jda.shutdownNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
