package org.receptionbot.adapters.redis;

import java.nio.file.Path;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/** An embedded Redis on a data directory and a connection to it, which a test can stop and start again. */
public final class RedisFixture implements AutoCloseable {
    private final Path dataDir;
    public final int port = EmbeddedRedis.freePort();
    EmbeddedRedis redis;
    private LettuceConnectionFactory connections;

    public RedisFixture(Path dataDir) {
        this.dataDir = dataDir;
    }

    public StringRedisTemplate connect() {
        redis = EmbeddedRedis.start(dataDir, port);
        connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration(redis.host(), redis.port()));
        connections.afterPropertiesSet();
        connections.start();
        return new StringRedisTemplate(connections);
    }

    /** Drops the connection but leaves Redis running, as a crashed process would. */
    public void dropConnection() {
        connections.destroy();
        connections = null;
    }

    @Override
    public void close() {
        if (connections != null) {
            connections.destroy();
            connections = null;
        }
        if (redis != null) {
            redis.close();
            redis = null;
        }
    }
}
