package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.outbox.OutboxSettings;
import org.receptionbot.adapters.outbox.PressRefusals;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.Outbox;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The bot on Telegram. {@link #outbox()} and {@link #attachments()} are what the core says through;
 * {@link #start} checks the token, registers the command menu and begins receiving updates (long
 * polling, or the webhook when the settings give one); {@link #close} stops both directions. Pending
 * answers are kept in Redis and delivered after a restart.
 */
public final class TelegramAdapter implements AutoCloseable {
    /** The platform of the chats this adapter serves, as the event file names it. */
    public static final String PLATFORM = "telegram";

    /** The longest one sending call may take, so that a chat's send lock outlasts it. */
    static final int SEND_CALL_SECONDS = 20;

    private final TelegramSettings settings;
    private final TelegramBot bot;
    private final TelegramBot sendingBot;
    private final StringRedisTemplate redis;
    private final ChatIds chatIds;
    private final DurableOutbox outbound;
    private final PressRefusals refusals = new PressRefusals();
    private Poller poller;
    private Thread pollerThread;
    private WebhookServer webhook;
    private boolean closed;

    private TelegramAdapter(TelegramSettings settings, StringRedisTemplate redis, Clock clock) {
        this.settings = settings;
        this.redis = redis;
        this.bot = new TelegramBot.Builder(settings.token())
                .apiUrl(settings.apiUrl())
                .okHttpClient(pollingClient(settings.pollTimeout()))
                .build();
        this.sendingBot = new TelegramBot.Builder(settings.token())
                .apiUrl(settings.apiUrl())
                .okHttpClient(sendingClient())
                .build();
        this.chatIds = new ChatIds(redis);
        this.outbound = outbox(sendingBot, redis, settings.limits(), chatIds, clock, OutboxSettings.LEASE);
    }

    /** The outbox of Telegram's chats: Telegram's sender plugged into the durable outbox. */
    static DurableOutbox outbox(
            TelegramBot bot,
            StringRedisTemplate redis,
            TelegramSettings.Limits limits,
            ChatIds chatIds,
            Clock clock,
            Duration lease) {
        OutboxSettings settings = new OutboxSettings(Keys.TAG, limits.busyBacklog(), lease);
        return new DurableOutbox(new TelegramSender(bot, chatIds, limits), redis, settings, clock);
    }

    public static TelegramAdapter create(TelegramSettings settings, StringRedisTemplate redis, Clock clock) {
        return new TelegramAdapter(settings, redis, clock);
    }

    /** Sending: no call may outlast the chat's send lock. */
    private static OkHttpClient sendingClient() {
        return new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .callTimeout(SEND_CALL_SECONDS, TimeUnit.SECONDS)
                .build();
    }

    /** Receiving: a read timeout that outlasts a long poll. */
    private static OkHttpClient pollingClient(Duration pollTimeout) {
        return new OkHttpClient.Builder()
                .connectTimeout(15, TimeUnit.SECONDS)
                .writeTimeout(60, TimeUnit.SECONDS)
                .readTimeout(pollTimeout.plusSeconds(20).toSeconds(), TimeUnit.SECONDS)
                .build();
    }

    /** The durable outbox, but for a refusal of a button press, which is shown in the press's pop-up. */
    public Outbox outbox() {
        return reply -> {
            if (!refusals.takes(reply)) outbound.send(reply);
        };
    }

    public Attachments attachments() {
        return outbound;
    }

    /**
     * Checks the token with Telegram (throws {@link TelegramUnavailableException} when it is refused
     * or Telegram cannot be reached),
     * registers the commands and starts sending and receiving; updates go to {@code handler}.
     */
    public synchronized void start(ChatHandler handler) {
        if (poller != null || webhook != null) throw new IllegalStateException("already started");
        BotSetup.run(bot, settings);
        outbound.start();
        Receiver receiver = new Receiver(bot, redis, chatIds, settings.servedChats(), handler, refusals);
        if (settings.webhook() != null) {
            try {
                webhook = new WebhookServer(settings.webhook(), receiver);
            } catch (IOException e) {
                throw new UncheckedIOException("the Telegram webhook port could not be opened", e);
            }
            webhook.start();
        } else {
            poller = new Poller(bot, redis, receiver, settings.pollTimeout());
            pollerThread = new Thread(poller, "telegram-updates");
            pollerThread.start();
        }
    }

    /** The local port of the webhook endpoint, or -1 in long polling. */
    public int webhookPort() {
        return webhook == null ? -1 : webhook.port();
    }

    /** Stops receiving and sending; a second call does nothing. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        if (poller != null) poller.stop();
        if (webhook != null) webhook.close();
        outbound.close();
        bot.shutdown();
        sendingBot.shutdown();
        if (pollerThread != null) {
            pollerThread.interrupt();
            try {
                pollerThread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
