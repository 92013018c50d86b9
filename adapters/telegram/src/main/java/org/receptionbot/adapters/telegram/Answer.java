package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.model.ResponseParameters;
import com.pengrad.telegrambot.response.BaseResponse;
import java.time.Duration;
import org.receptionbot.adapters.outbox.Outcome;

/**
 * What Telegram made of one call, read from its answer; {@link #outcome()} is what the outbox acts
 * on, a migration the sender follows itself.
 *
 * @param retryAfter how long Telegram asked to wait ({@link Kind#FLOOD}), else null
 * @param migratedTo the supergroup's chat id ({@link Kind#MIGRATED}), else null
 * @param code Telegram's error code, 0 when there was none
 * @param description Telegram's description of the error, or the failure's message
 */
record Answer(Kind kind, Duration retryAfter, Long migratedTo, int code, String description) {

    enum Kind {
        /** Telegram took it. */
        SENT,
        /** 429: wait {@code retryAfter}, then send it again. */
        FLOOD,
        /** A server error, a network failure or an answer that could not be read: try again later. */
        TRANSIENT,
        /** The group became a supergroup: send it there. */
        MIGRATED,
        /** Telegram will never take it (bot removed, chat gone, bad request). */
        REFUSED
    }

    /** Used when a 429 carries no {@code retry_after}. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    static Answer of(BaseResponse response) {
        if (response == null) return new Answer(Kind.TRANSIENT, null, null, 0, "no answer body");
        if (response.isOk()) return new Answer(Kind.SENT, null, null, 0, null);
        int code = response.errorCode();
        String description = response.description();
        ResponseParameters parameters = response.parameters();
        if (code == 429) {
            Integer seconds = parameters == null ? null : parameters.retryAfter();
            Duration wait = seconds == null || seconds < 0 ? DEFAULT_RETRY_AFTER : Duration.ofSeconds(seconds);
            return new Answer(Kind.FLOOD, wait, null, code, description);
        }
        if (parameters != null && parameters.migrateToChatId() != null) {
            return new Answer(Kind.MIGRATED, null, parameters.migrateToChatId(), code, description);
        }
        // 401 and 404 concern the bot's token or address, not the item: the item waits for a fix.
        boolean refused = code >= 400 && code < 500 && code != 401 && code != 404;
        return new Answer(refused ? Kind.REFUSED : Kind.TRANSIENT, null, null, code, description);
    }

    /** The outbox's outcome; a migration not followed is a passing failure. */
    Outcome outcome() {
        return switch (kind) {
            case SENT -> new Outcome.Sent(null);
            case FLOOD -> new Outcome.RetryAfter(retryAfter);
            case REFUSED -> new Outcome.Refused(code, description);
            case TRANSIENT, MIGRATED -> new Outcome.Failed(code + " " + description);
        };
    }

    /** pengrad throws on network failures and on answers it cannot parse (a proxy's HTML error page). */
    static Answer failed(RuntimeException e) {
        return new Answer(Kind.TRANSIENT, null, null, 0, String.valueOf(e));
    }
}
