package org.receptionbot.adapters.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.outbox.PressRefusals;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The bot on Discord. {@link #outbox()} and {@link #attachments()} are what the core says and posts
 * through: both queue in the durable outbox in Redis, but for the refusal of a button press, which
 * is said to the presser alone (an ephemeral reply to the press). Of the instances on one Redis, the one that holds the {@link GatewayLease}
 * connects to the gateway ({@link Gateway}: receiving, catching up, slash commands) and sends what
 * every instance queued; the others only queue, and take the gateway over within seconds when its
 * holder stops renewing the lease. {@link #close} stops both directions and gives the lease up.
 */
public final class DiscordAdapter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DiscordAdapter.class);

    /** The platform of the chats this adapter serves, as the event file names it. */
    public static final String PLATFORM = "discord";

    static final Duration LEASE = Duration.ofSeconds(6);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration AFTER_FAILURE = Duration.ofSeconds(30);

    private final DiscordSettings settings;
    private final StringRedisTemplate redis;
    private final Clock clock;
    private final Worker worker = new Worker();
    private final DurableOutbox queueOnly;
    private final GatewayLease lease;
    private final ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "discord-gateway");
        thread.setDaemon(true);
        return thread;
    });
    private final PressRefusals refusals = new PressRefusals();
    private final Outbox outbox = this::queue;
    private final Attachments attachments = this::queue;
    private volatile Gateway gateway;
    private Receiver receiver; // guarded by this
    private long retryAt; // guarded by this, System.nanoTime()
    private boolean closed; // guarded by this

    private DiscordAdapter(DiscordSettings settings, StringRedisTemplate redis, Clock clock) {
        this.settings = settings;
        this.redis = redis;
        this.clock = clock;
        this.queueOnly = Gateway.outbox(new DiscordSender(null), redis, clock);
        this.lease = new GatewayLease(redis, LEASE, this::leaseLost);
    }

    public static DiscordAdapter create(DiscordSettings settings, StringRedisTemplate redis, Clock clock) {
        return new DiscordAdapter(settings, redis, clock);
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Posts files (an exported workbook) in a channel, as a message with the file attached. */
    public Attachments attachments() {
        return attachments;
    }

    /** Whether this instance holds the gateway now. */
    public boolean holdsGateway() {
        return gateway != null;
    }

    /**
     * Starts serving; events go to {@code handler}. When this instance takes the lease, it connects
     * at once and throws {@link DiscordUnavailableException} when Discord refuses the token, refuses
     * the intents (close code 4014) or cannot be reached; otherwise it waits for the lease.
     */
    public synchronized void start(ChatHandler handler) {
        if (receiver != null) throw new IllegalStateException("already started");
        receiver = new Receiver(redis, settings.servedChannels(), handler, refusals, clock);
        if (lease.take()) {
            try {
                connect();
            } catch (DiscordUnavailableException e) {
                close();
                throw e;
            }
        } else {
            log.info("another instance holds the Discord gateway; this one queues what it has to say for it to send");
        }
        control.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void queue(org.receptionbot.chat.Reply reply) {
        if (refusals.takes(reply)) return;
        Gateway holding = gateway;
        (holding != null ? holding.outbox() : queueOnly).send(reply);
    }

    private boolean queue(Attachment file) {
        Gateway holding = gateway;
        return (holding != null ? holding.outbox() : queueOnly).send(file);
    }

    private synchronized void connect() {
        gateway = Gateway.connect(settings, receiver, worker, redis, clock);
        log.info(
                "Discord bot {} (id {}) holds the gateway, serving channels {}",
                gateway.jda().getSelfUser().getName(),
                gateway.jda().getSelfUser().getId(),
                settings.servedChannels());
    }

    /**
     * Takes the gateway over when its lease is free; gives it up when JDA shut the connection down
     * for good (a token or an intent refused later), so that another instance may try.
     */
    private synchronized void tick() {
        if (!closed && gateway != null && gateway.jda().getStatus() == JDA.Status.SHUTDOWN) {
            log.error("the Discord connection was shut down; giving the gateway up and trying again later");
            disconnect();
            lease.release();
            retryAt = System.nanoTime() + AFTER_FAILURE.toNanos();
        }
        if (closed || gateway != null || System.nanoTime() - retryAt < 0 || !lease.take()) return;
        try {
            connect();
        } catch (RuntimeException e) {
            log.error("this instance took the Discord gateway lease but could not connect; trying again later", e);
            lease.release();
            retryAt = System.nanoTime() + AFTER_FAILURE.toNanos();
        }
    }

    private void leaseLost() {
        try {
            control.execute(this::disconnect);
        } catch (RejectedExecutionException e) {
            log.debug("stopping: the gateway is closed by close()");
        }
    }

    private synchronized void disconnect() {
        Gateway holding = gateway;
        gateway = null;
        if (holding != null) holding.close();
    }

    /** Disconnects, gives the gateway lease up and stops the worker; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        control.shutdownNow();
        try {
            disconnect();
            worker.close();
            queueOnly.close();
        } finally {
            lease.close();
        }
    }
}
