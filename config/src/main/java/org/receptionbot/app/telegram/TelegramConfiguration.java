package org.receptionbot.app.telegram;

import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.receptionbot.adapters.telegram.TelegramAdapter;
import org.receptionbot.app.ShutdownOrder;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Telegram adapter, serving the event file's Telegram chats. It starts receiving once the
 * application is up; until then, and after a restart, what the bot has to say waits in Redis.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConfigured.class)
class TelegramConfiguration {
    private static final Logger log = LoggerFactory.getLogger(TelegramConfiguration.class);

    @Bean
    TelegramAdapter telegramAdapter(TelegramProperties telegram, Event event, StringRedisTemplate redis, Clock clock) {
        Set<String> chats = event.chats().stream()
                .filter(c -> c.platform().equals(TelegramAdapter.PLATFORM))
                .map(c -> c.id())
                .collect(Collectors.toUnmodifiableSet());
        if (chats.isEmpty()) {
            log.warn("The event file lists no Telegram chat (chats: platform: telegram); every Telegram message"
                    + " will be ignored. See the README, 'Run it in your Telegram group'.");
        }
        return TelegramAdapter.create(telegram.settings(chats), redis, clock);
    }

    /** Only the outbox: the object behind it also posts files, and must not be taken for both beans. */
    @Bean
    Outbox telegramOutbox(TelegramAdapter telegram) {
        Outbox outbox = telegram.outbox();
        return outbox::send;
    }

    @Bean
    Attachments telegramAttachments(TelegramAdapter telegram) {
        Attachments attachments = telegram.attachments();
        return attachments::send;
    }

    /**
     * Closes the adapter in the chats' phase of the shutdown ({@link ShutdownOrder#CHATS}), after the timed jobs and
     * while Redis's connections still run: the update being handled finishes, the rest stays unconfirmed at Telegram
     * and what is not yet sent stays queued in Redis. Closing it again when the bean is destroyed does nothing.
     */
    @Bean
    SmartLifecycle stopTelegramBeforeRedis(TelegramAdapter telegram) {
        return ShutdownOrder.stopIn(ShutdownOrder.CHATS, telegram::close);
    }

    @Bean
    ApplicationRunner startTelegram(TelegramAdapter telegram, ObjectProvider<ChatHandler> handler) {
        return args -> telegram.start(handler.getObject());
    }
}
