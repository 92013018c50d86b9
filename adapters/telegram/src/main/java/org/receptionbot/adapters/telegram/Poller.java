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
 * Long polling. An update is confirmed (the next {@code getUpdates} asks from past it) only after
 * the core has stored and handled it; an update the core fails on is tried again with backoff, and
 * after {@value #ATTEMPTS} failures kept raw in Redis and passed, so that one bad update cannot stop
 * the group.
 */
final class Poller implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Poller.class);
    static final int ATTEMPTS = 5;
    static final String[] ALLOWED = {"message", "edited_message", "callback_query"};

    private final TelegramBot bot;
    private final StringRedisTemplate redis;
    private final Receiver receiver;
    private final int timeoutSeconds;
    private volatile boolean running = true;
    private int offset;
    private int failedUpdate = -1;
    private int failures;

    Poller(TelegramBot bot, StringRedisTemplate redis, Receiver receiver, Duration timeout) {
        this.bot = bot;
        this.redis = redis;
        this.receiver = receiver;
        this.timeoutSeconds = (int) timeout.toSeconds();
    }

    @Override
    public void run() {
        Backoff backoff = new Backoff();
        while (running) {
            try {
                if (pollOnce()) {
                    backoff.reset();
                } else {
                    backoff.pause();
                }
            } catch (RuntimeException e) {
                if (!running) return;
                log.warn("Telegram getUpdates failed ({}); trying again", e.toString());
                backoff.pause();
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
            failures = failedUpdate == update.updateId() ? failures + 1 : 1;
            failedUpdate = update.updateId();
            if (failures < ATTEMPTS) {
                log.warn("Update {} could not be handled ({}); it will be read again", update.updateId(), e.toString());
                return false;
            }
            log.error(
                    "Update {} failed {} times; kept in {} and passed",
                    update.updateId(),
                    failures,
                    Keys.FAILED_UPDATES,
                    e);
            keep(update);
            return true;
        }
    }

    private void keep(Update update) {
        try {
            redis.opsForList().rightPush(Keys.FAILED_UPDATES, BotUtils.toJson(update));
        } catch (RuntimeException e) {
            log.error("Could not keep update {}: {}", update.updateId(), BotUtils.toJson(update), e);
        }
    }

    void stop() {
        running = false;
    }

    /** Waits 1 s, 2 s, 4 s … up to 30 s between failed attempts. */
    private final class Backoff {
        private long millis = 1000;

        void reset() {
            millis = 1000;
        }

        void pause() {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            millis = Math.min(millis * 2, 30_000);
        }
    }
}
