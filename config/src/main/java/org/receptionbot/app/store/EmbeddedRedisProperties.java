package org.receptionbot.app.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded Redis, used when no {@code spring.data.redis.*} server is configured.
 *
 * @param port the port on 127.0.0.1; 0 picks a free one (for tests)
 * @param join use the Redis a running bot keeps on that port and data directory, if there is one
 *     (the export command runs beside the bot); otherwise start one
 */
@ConfigurationProperties("reception.embedded-redis")
public record EmbeddedRedisProperties(
        @DefaultValue("6390") int port,
        @DefaultValue("false") boolean join) {

    public EmbeddedRedisProperties {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(
                    "reception.embedded-redis.port 应在 0 到 65535 之间 / must be 0..65535: " + port);
        }
    }
}
