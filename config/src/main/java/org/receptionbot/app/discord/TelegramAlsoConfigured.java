package org.receptionbot.app.discord;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** A Telegram token is set too. */
final class TelegramAlsoConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !context.getEnvironment()
                .getProperty("reception.telegram.token", "")
                .isBlank();
    }
}
