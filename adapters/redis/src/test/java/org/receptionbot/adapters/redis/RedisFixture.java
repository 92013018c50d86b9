package org.receptionbot.adapters.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * An embedded Redis on a data directory and connections to it, which a test can stop and start
 * again, pause and resume (SIGSTOP, SIGCONT of the redis-server process) or kill (SIGKILL) and
 * start again on the same append-only file.
 */
public final class RedisFixture implements AutoCloseable {
    private final Path dataDir;
    public final int port = EmbeddedRedis.freePort();
    EmbeddedRedis redis;
    private final List<LettuceConnectionFactory> connections = new ArrayList<>();
    private long pid;

    public RedisFixture(Path dataDir) {
        this.dataDir = dataDir;
    }

    public StringRedisTemplate connect() {
        start();
        return template(port, Duration.ofSeconds(60));
    }

    /** Starts Redis (again, on the same files). */
    public void start() {
        redis = EmbeddedRedis.start(dataDir, port);
        LettuceConnectionFactory probe = factory(port, Duration.ofSeconds(5));
        try {
            Properties info = new StringRedisTemplate(probe)
                    .execute((RedisCallback<Properties>) c -> c.serverCommands().info("server"));
            pid = Long.parseLong(info.getProperty("process_id"));
        } finally {
            probe.destroy();
        }
    }

    /** A client of the Redis on {@code port} (this one, or a proxy in front of it) with this command timeout. */
    public StringRedisTemplate template(int port, Duration timeout) {
        LettuceConnectionFactory factory = factory(port, timeout);
        connections.add(factory);
        return new StringRedisTemplate(factory);
    }

    private static LettuceConnectionFactory factory(int port, Duration timeout) {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration(EmbeddedRedis.HOST, port),
                LettuceClientConfiguration.builder().commandTimeout(timeout).build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }

    public void pause() {
        signal("STOP");
    }

    public void resume() {
        signal("CONT");
    }

    /** Kills redis-server at once, as a crash would; {@link #start()} brings it back on the same files. */
    public void kill() {
        signal("KILL");
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
        redis = null;
    }

    private void signal(String name) {
        try {
            int exit = new ProcessBuilder("kill", "-" + name, Long.toString(pid))
                    .start()
                    .waitFor();
            if (exit != 0) throw new IllegalStateException("kill -" + name + " " + pid + " exited " + exit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops the connections but leaves Redis running, as a crashed process would. */
    public void dropConnection() {
        connections.forEach(LettuceConnectionFactory::destroy);
        connections.clear();
    }

    @Override
    public void close() {
        dropConnection();
        if (redis != null) {
            resume();
            redis.close();
            redis = null;
        }
    }
}
