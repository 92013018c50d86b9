package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import java.time.Clock;
import java.time.Instant;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * What the bot says on Telegram: a queue per chat in Redis, delivered within Telegram's limits.
 * (Placeholder: being written.)
 */
final class Outbound implements Outbox, Attachments, AutoCloseable {

    Outbound(TelegramBot bot, StringRedisTemplate redis, TelegramSettings settings, ChatIds chatIds, Clock clock) {
        throw new UnsupportedOperationException("not written yet");
    }

    @Override
    public void send(Reply reply) {
        throw new UnsupportedOperationException("not written yet");
    }

    @Override
    public boolean send(Attachment attachment) {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Sends what the limits allow now; returns when the next item may be sent (or null when none waits). */
    Instant deliverDue() {
        throw new UnsupportedOperationException("not written yet");
    }

    /** Starts the background sender thread. */
    void start() {
        throw new UnsupportedOperationException("not written yet");
    }

    @Override
    public void close() {}
}
