package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.GetUpdates;
import com.pengrad.telegrambot.response.GetUpdatesResponse;
import com.pengrad.telegrambot.utility.BotUtils;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Long polling. An update is confirmed (the next {@code getUpdates} asks from past it) only once it
 * is stored: handled by the core, or kept raw in {@link Keys#FAILED_UPDATES}. An update the core
 * fails on is read again with backoff; after {@value #ATTEMPTS} failures of its own it is kept and
 * passed, so that one bad update cannot stop the group. A failure of the store is not the update's:
 * while Redis cannot be reached the same updates are read again, however long, and none is passed
 * (Telegram keeps them 24 hours).
 */
final class Poller implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Poller.class);
    static final int ATTEMPTS = 5;
    static final String[] ALLOWED = {"message", "edited_message", "callback_query"};

    private final TelegramBot bot;
    private final StringRedisTemplate redis;
    private final Receiver receiver;
    private final int timeoutSeconds;
    private final long firstPauseMillis;
    private volatile boolean running = true;
    private int offset;
    private int failedUpdate = -1;
    private int failures;
    private int waitingUpdate = -1;

    Poller(TelegramBot bot, StringRedisTemplate redis, Receiver receiver, Duration timeout) {
        this(bot, redis, receiver, timeout, Duration.ofSeconds(1));
    }

    /** @param firstPause the wait after a first failure; it doubles with each further one, up to 30 s */
    Poller(TelegramBot bot, StringRedisTemplate redis, Receiver receiver, Duration timeout, Duration firstPause) {
        this.bot = bot;
        this.redis = redis;
        this.receiver = receiver;
        this.timeoutSeconds = (int) timeout.toSeconds();
        this.firstPauseMillis = firstPause.toMillis();
    }

    @Override
    public void run() {
        PollBackoff backoff = new PollBackoff(firstPauseMillis, 30_000);
        while (running) {
            try {
                if (pollOnce()) {
                    backoff.reset();
                } else {
                    pause(backoff);
                }
            } catch (RuntimeException e) {
                if (!running) return;
                log.warn("Telegram getUpdates failed ({}); trying again", e.toString());
                pause(backoff);
            }
        }
    }

    /** One {@code getUpdates} and the handling of what it brought; false when something failed. */
    boolean pollOnce() {
        GetUpdates request = new GetUpdates()
                .offset(offset)
                .limit(100)
                .timeout(timeoutSeconds)
                .allowedUpdates(ALLOWED);
        GetUpdatesResponse response = bot.execute(request);
        if (!response.isOk()) {
            log.warn("Telegram getUpdates refused: {} {}", response.errorCode(), response.description());
            return false;
        }
        List<Update> updates = response.updates();
        for (Update update : updates) {
            if (!running) return true;
            if (!handle(update)) return false;
            offset = update.updateId() + 1;
        }
        return true;
    }

    private boolean handle(Update update) {
        try {
            receiver.receive(update);
            return true;
        } catch (RuntimeException e) {
            if (StoreFailure.in(e)) {
                if (waitingUpdate != update.updateId()) {
                    log.warn(
                            "Update {} waits for the store ({}); it will be read again",
                            update.updateId(),
                            e.toString());
                }
                waitingUpdate = update.updateId();
                return false;
            }
            failures = failedUpdate == update.updateId() ? failures + 1 : 1;
            failedUpdate = update.updateId();
            if (failures < ATTEMPTS) {
                log.warn(
                        "Update {} could not be handled ({}); it will be read again",
                        update.updateId(),
                        e.toString(),
                        e);
                return false;
            }
            return keep(update, e);
        }
    }

    /** Keeps a failing update raw; true when it is kept and may be passed. */
    private boolean keep(Update update, RuntimeException failure) {
        try {
            redis.opsForList().rightPush(Keys.FAILED_UPDATES, BotUtils.toJson(update));
        } catch (RuntimeException e) {
            log.warn(
                    "Update {} failed {} times and could not be kept ({}); it will be read again",
                    update.updateId(),
                    failures,
                    e.toString());
            return false;
        }
        log.error(
                "Update {} failed {} times; kept in {} and passed",
                update.updateId(),
                failures,
                Keys.FAILED_UPDATES,
                failure);
        return true;
    }

    private void pause(PollBackoff backoff) {
        if (!backoff.pause()) running = false;
    }

    void stop() {
        running = false;
    }
}
