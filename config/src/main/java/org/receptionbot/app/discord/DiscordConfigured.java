package org.receptionbot.app.discord;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Discord is served when a token is set (not blank) and chats are not turned off, as the export
 * mode does beside a running bot.
 */
final class DiscordConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        String token = env.getProperty("reception.discord.token", "");
        return !token.isBlank() && env.getProperty("reception.chats.enabled", Boolean.class, true);
    }
}
