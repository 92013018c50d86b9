package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.receptionbot.adapters.outbox.PressRefusals;
import org.receptionbot.chat.ChatHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Hands one update to the core. When {@link #receive} returns, the update is stored and handled and
 * may be confirmed to Telegram; when it throws, it must not be, so that Telegram delivers it again.
 */
final class Receiver {
    private static final Logger log = LoggerFactory.getLogger(Receiver.class);
    private static final Duration PRESS_MEMORY = Duration.ofDays(2);
    private static final int ALERT_LIMIT = 200;

    private final TelegramBot bot;
    private final StringRedisTemplate redis;
    private final ChatIds chatIds;
    private final Updates updates;
    private final Set<String> served;
    private final ChatHandler handler;
    private final PressRefusals refusals;

    Receiver(
            TelegramBot bot,
            StringRedisTemplate redis,
            ChatIds chatIds,
            Set<String> served,
            ChatHandler handler,
            PressRefusals refusals) {
        this.refusals = refusals;
        this.bot = bot;
        this.redis = redis;
        this.chatIds = chatIds;
        this.updates = new Updates(chatIds);
        this.served = served;
        this.handler = handler;
    }

    void receive(Update update) {
        Inbound inbound = updates.read(update);
        if (inbound instanceof Inbound.Migrated m) {
            if (!served.contains(chatIds.canonical(m.from()))) return;
            chatIds.migrate(m.from(), m.to());
            log.info("Telegram chat {} became the supergroup {}; the bot follows it", m.from(), m.to());
        } else if (inbound instanceof Inbound.Said s) {
            if (!served.contains(s.message().chat().chatId())) {
                log.debug(
                        "Ignored a message from chat {}, which the event file does not list",
                        s.message().chat());
                return;
            }
            handler.onMessage(s.message());
        } else if (inbound instanceof Inbound.Pressed p) {
            press(p);
        }
    }

    /**
     * A press is handled once (Telegram may deliver the callback again) and always answered; a
     * refusal of it is the answer's alert, not a message in the chat.
     */
    private void press(Inbound.Pressed p) {
        List<String> refused = List.of();
        try {
            if (p.press() != null
                    && served.contains(p.press().chat().chatId())
                    && Boolean.TRUE.equals(
                            redis.opsForValue().setIfAbsent(Keys.press(p.callbackId()), "1", PRESS_MEMORY))) {
                try {
                    refused = refusals.during(p.press(), () -> handler.onButton(p.press()));
                } catch (RuntimeException e) {
                    redis.delete(Keys.press(p.callbackId()));
                    throw e;
                }
            }
        } finally {
            answer(p.callbackId(), String.join("\n", refused));
        }
    }

    private void answer(String callbackId, String refusal) {
        AnswerCallbackQuery answer = new AnswerCallbackQuery(callbackId);
        if (!refusal.isEmpty()) answer.text(shortened(refusal)).showAlert(true);
        try {
            var response = bot.execute(answer);
            if (!response.isOk()) log.debug("answerCallbackQuery: {}", response.description());
        } catch (RuntimeException e) {
            log.debug("answerCallbackQuery failed: {}", e.toString());
        }
    }

    /** Telegram shows at most {@value #ALERT_LIMIT} characters in the pop-up. */
    private static String shortened(String text) {
        return text.length() <= ALERT_LIMIT ? text : text.substring(0, ALERT_LIMIT - 1) + "…";
    }
}
