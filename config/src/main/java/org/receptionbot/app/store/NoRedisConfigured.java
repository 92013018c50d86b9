package org.receptionbot.app.store;

import java.util.List;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when none of the properties that point Spring Boot at a Redis server is set. */
final class NoRedisConfigured implements Condition {

    static final List<String> SERVER_PROPERTIES = List.of(
            "spring.data.redis.host",
            "spring.data.redis.port",
            "spring.data.redis.url",
            "spring.data.redis.sentinel.master",
            "spring.data.redis.sentinel.nodes",
            "spring.data.redis.cluster.nodes",
            "spring.data.redis.masterreplica.nodes");

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Binder binder = Binder.get(context.getEnvironment());
        return SERVER_PROPERTIES.stream()
                .noneMatch(name -> binder.bind(name, Bindable.of(Object.class)).isBound()
                        || binder.bind(name, Bindable.listOf(String.class)).isBound());
    }
}
