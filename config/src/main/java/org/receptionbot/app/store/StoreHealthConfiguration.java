package org.receptionbot.app.store;

import io.lettuce.core.resource.Delay;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.receptionbot.adapters.redis.EmbeddedRedis;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.dao.DataAccessException;
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

    /**
     * Lettuce reconnects after 1 ms, 2 ms, 4 ms … but at most 5 s apart (its default is 30 s), so
     * that the bot catches up within seconds of Redis coming back. It stays at-least-once: a command
     * without a reply is sent again after the reconnect, which the store is written for.
     */
    @Bean
    ClientResourcesBuilderCustomizer quickReconnect() {
        return resources -> resources.reconnectDelay(
                Delay.exponential(Duration.ofMillis(1), Duration.ofSeconds(5), 2, TimeUnit.MILLISECONDS));
    }

    /**
     * The template every store goes through, once Redis answers and holds the running event (or none
     * yet, and is marked with it): a store of another event stops the start ({@link EventInStore}).
     */
    @Bean
    StringRedisTemplate stringRedisTemplate(
            RedisConnectionFactory connections,
            Event event,
            ReceptionProperties reception,
            StoreProperties store,
            ObjectProvider<EmbeddedRedis> embedded) {
        RedisProbe probe = RedisProbe.of(connections);
        StringRedisTemplate redis = new StringRedisTemplate(connections);
        EmbeddedRedis own = embedded.getIfAvailable();
        EventIdentity running = EventIdentity.of(event, reception);
        while (true) {
            StoreStart.await(probe, RETRY_EVERY);
            try {
                EventInStore.claim(
                        redis,
                        running,
                        reception,
                        own == null ? null : reception.dataDir(),
                        probe.where(),
                        store.eventChanged());
                return redis;
            } catch (DataAccessException e) {
                // Redis stopped answering between the ping and the check: wait for it again.
            }
        }
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

    /**
     * Closes the watch when the application begins to stop: the context-closed event comes before the
     * Redis client stops, which the watch would otherwise report as an outage on every normal stop.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> storeWatchStopsFirst(StoreWatch watch) {
        return closed -> watch.close();
    }
}
