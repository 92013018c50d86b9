package org.receptionbot.app.store;

import org.receptionbot.adapters.redis.EmbeddedRedis;
import org.receptionbot.app.ReceptionProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Starts the embedded Redis and points Spring Boot's Redis auto-configuration at it, through a
 * {@link DataRedisConnectionDetails} bean. The connection factory depends on it, so Redis stops
 * after the last connection is closed.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoRedisConfigured.class)
class EmbeddedRedisConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedRedis embeddedRedis(ReceptionProperties reception, EmbeddedRedisProperties properties) {
        int port = properties.port() == 0 ? EmbeddedRedis.freePort() : properties.port();
        return properties.join()
                ? EmbeddedRedis.startOrJoin(reception.dataDir(), port)
                : EmbeddedRedis.start(reception.dataDir(), port);
    }

    /**
     * Once the application has started, the JVM's end leaves the embedded Redis to the application's stop, which
     * closes it last; before that (a Ctrl-C during the start), it stops with the JVM.
     */
    @Bean
    ApplicationListener<ContextRefreshedEvent> embeddedRedisInService(EmbeddedRedis redis) {
        return event -> redis.inService();
    }

    @Bean
    DataRedisConnectionDetails embeddedRedisConnectionDetails(EmbeddedRedis redis) {
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of(redis.host(), redis.port());
            }
        };
    }
}
