package org.receptionbot.app.sandbox;

import java.util.List;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The sandbox runs when {@code reception.sandbox.enabled} says so, or, when that is not set, when no
 * chat platform's token is configured (set and not blank).
 */
final class NoChatPlatformConfigured implements Condition {

    static final List<String> PLATFORM_TOKENS = List.of("reception.telegram.token", "reception.discord.token");

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment env = context.getEnvironment();
        Boolean enabled = env.getProperty("reception.sandbox.enabled", Boolean.class);
        if (enabled != null) {
            return enabled;
        }
        return PLATFORM_TOKENS.stream().allMatch(key -> env.getProperty(key, "").isBlank());
    }
}
