package org.receptionbot.app.store;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Redis health: the start waits until Redis answers (every store, adapter and job goes through this
 * template, so nothing serves a chat before), and a watch reports outages in the log and to the
 * coordinators' chats.
 */
@Configuration(proxyBeanMethods = false)
class StoreHealthConfiguration {
    private static final Duration RETRY_EVERY = Duration.ofSeconds(5);
    private static final Duration WATCH_EVERY = Duration.ofSeconds(5);

    @Bean
    StringRedisTemplate stringRedisTemplate(RedisConnectionFactory connections) {
        StoreStart.await(RedisProbe.of(connections), RETRY_EVERY);
        return new StringRedisTemplate(connections);
    }

    @Bean(destroyMethod = "close")
    StoreWatch storeWatch(
            StringRedisTemplate started,
            RedisConnectionFactory connections,
            ObjectProvider<Outbox> outbox,
            Event event,
            Clock clock) {
        List<ChatRef> coordinators = event.chats().stream()
                .filter(c -> c.role() == ChatDef.Role.COORDINATORS)
                .map(c -> new ChatRef(c.platform(), c.id()))
                .toList();
        StoreWatch watch = new StoreWatch(
                RedisProbe.of(connections), reply -> outbox.getObject().send(reply), coordinators, clock, event.zone());
        watch.start(WATCH_EVERY);
        return watch;
    }
}
