package org.receptionbot.app.conversation;

import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.Outbox;
import org.receptionbot.conversation.Conversation;
import org.receptionbot.event.Event;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link Conversation}: the {@code ChatHandler} every chat adapter calls. */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

    @Bean
    Conversation conversation(Event event, InboundLog inboundLog, Outbox outbox) {
        return new Conversation(event, inboundLog, outbox);
    }
}
