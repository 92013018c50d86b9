package org.receptionbot.adapters.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.entities.Message;
import org.receptionbot.adapters.outbox.PressRefusals;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.IncomingMessage;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Hands what happened in the served channels to the core, on one thread, in order. A new message is
 * handled once: when the core returns, it is stored and handled, and the channel's mark moves past
 * it, so that a catch-up after a restart or a reconnect reads only what came later.
 */
final class Receiver {
    private static final Duration AUTHOR_MEMORY = Duration.ofDays(7);
    private static final Duration PRESS_MEMORY = Duration.ofDays(2);

    private final StringRedisTemplate redis;
    private final Set<String> served;
    private final ChatHandler handler;
    private final PressRefusals refusals;
    private final Clock clock;

    Receiver(StringRedisTemplate redis, Set<String> served, ChatHandler handler, PressRefusals refusals, Clock clock) {
        this.redis = redis;
        this.served = served;
        this.handler = handler;
        this.refusals = refusals;
        this.clock = clock;
    }

    boolean serves(String channelId) {
        return served.contains(channelId);
    }

    /** A new message, live or read from the history; one at or before the channel's mark is passed. */
    void said(Message message) {
        String channel = message.getChannelId();
        if (!serves(channel) || message.getIdLong() <= lastHandled(channel)) return;
        IncomingMessage in = Messages.said(message, false);
        if (in != null) {
            redis.opsForValue()
                    .set(Keys.author(channel, in.messageId()), in.senderId() + "\n" + in.senderName(), AUTHOR_MEMORY);
            handler.onMessage(in);
        }
        redis.opsForValue().set(Keys.lastHandled(channel), message.getId());
    }

    /** An edited message replaces the records of its earlier version. */
    void edited(Message message) {
        if (!serves(message.getChannelId())) return;
        IncomingMessage in = Messages.said(message, true);
        if (in != null) handler.onMessage(in);
    }

    /** A deleted message withdraws its records: the core reads it as an edit to nothing. */
    void deleted(String channel, String messageId) {
        if (!serves(channel)) return;
        String author = redis.opsForValue().get(Keys.author(channel, messageId));
        if (author == null) return;
        String[] idAndName = author.split("\n", 2);
        handler.onMessage(new IncomingMessage(
                Messages.chat(channel),
                messageId,
                idAndName[0],
                idAndName.length > 1 ? idAndName[1] : idAndName[0],
                clock.instant(),
                "",
                null,
                true));
        redis.delete(Keys.author(channel, messageId));
    }

    /** A slash command, as the command line it stands for, answered under the bot's echo of it. */
    void command(String channel, String echoId, String userId, String userName, String line) {
        if (!serves(channel)) return;
        handler.onMessage(new IncomingMessage(
                Messages.chat(channel), echoId, userId, userName, clock.instant(), line, null, false));
    }

    /**
     * A press is handled once, however often Discord delivers it.
     *
     * @return the core's refusals of the press, for the presser alone; else empty
     */
    List<String> pressed(ButtonPress press, String interactionId) {
        if (!serves(press.chat().chatId())) return List.of();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(Keys.press(interactionId), "1", PRESS_MEMORY))) {
            return List.of();
        }
        try {
            return refusals.during(press, () -> handler.onButton(press));
        } catch (RuntimeException e) {
            redis.delete(Keys.press(interactionId));
            throw e;
        }
    }

    boolean everHandled(String channel) {
        return Boolean.TRUE.equals(redis.hasKey(Keys.lastHandled(channel)));
    }

    long lastHandled(String channel) {
        String last = redis.opsForValue().get(Keys.lastHandled(channel));
        return last == null ? 0 : Long.parseLong(last);
    }

    void markHandled(String channel, String messageId) {
        redis.opsForValue().set(Keys.lastHandled(channel), messageId);
    }
}
