package org.receptionbot.app.discord;

import org.receptionbot.adapters.discord.DiscordAdapter;
import org.receptionbot.chat.Attachments;
import org.receptionbot.chat.Outbox;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** With both tokens set, one process serves both platforms: what the core says and posts goes by its chat's platform. */
@Configuration(proxyBeanMethods = false)
@Conditional({DiscordConfigured.class, TelegramAlsoConfigured.class})
class BothPlatformsConfiguration {

    @Bean
    @Primary
    Outbox platformOutbox(@Qualifier("discordOutbox") Outbox discord, @Qualifier("telegramOutbox") Outbox telegram) {
        return reply -> (DiscordAdapter.PLATFORM.equals(reply.chat().platform()) ? discord : telegram).send(reply);
    }

    @Bean
    @Primary
    Attachments platformAttachments(
            @Qualifier("discordAttachments") Attachments discord,
            @Qualifier("telegramAttachments") Attachments telegram) {
        return file -> (DiscordAdapter.PLATFORM.equals(file.chat().platform()) ? discord : telegram).send(file);
    }
}
