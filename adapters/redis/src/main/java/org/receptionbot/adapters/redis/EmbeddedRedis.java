package org.receptionbot.adapters.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;
import redis.embedded.core.RedisServerBuilder;

/**
 * A Redis server run by the bot itself on 127.0.0.1, for a machine without one. It appends every
 * write to {@code appendonly.aof} in the data directory and fsyncs it before answering, so what was
 * recorded survives a restart or a crash of the bot. Stopping it lets Redis shut down cleanly; a
 * Redis left running on the port by a crashed run on the same data directory is shut down first.
 *
 * <p>Its owner stops it ({@link #close()}), after everything that uses it: in the bot, the application context, as
 * the last of its beans. Should the JVM end without that, a shutdown hook stops it: at once while it starts, and, once
 * the owner's application runs ({@link #inService()}), after the owner has had {@link #OWNER_GRACE} to do so; it never
 * stops Redis under an application that is still closing ({@link RedisProcess}). A start that the JVM's end
 * interrupts leaves no server running.
 */
public final class EmbeddedRedis implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

    /** How long the JVM's end waits for the owner to close an instance it did not close before. */
    static final Duration OWNER_GRACE = Duration.ofSeconds(60);

    /** The server this instance runs, or null when it joined one that another process runs. */
    private final RedisProcess server;

    private final AtomicBoolean closed = new AtomicBoolean();

    private final int port;
    private final Path dataDir;

    private EmbeddedRedis(RedisProcess server, int port, Path dataDir) {
        this.server = server;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * Starts Redis on {@code 127.0.0.1:port} with its files in {@code dataDir} (created if missing).
     *
     * @throws EmbeddedRedisException with a message for the operator when the data directory cannot
     *     be written, the port is taken or Redis does not start
     */
    public static EmbeddedRedis start(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        checkWritable(dir);
        try {
            if (!isFree(port)) {
                if (!LeftoverRedis.shutDownIfOurs(port, dir, EmbeddedRedis::isFree)) {
                    throw new EmbeddedRedisException(EmbeddedRedisException.portTaken(port));
                }
                LOG.warn("Shut down the Redis an earlier run left on port {} with data in {}", port, dir);
            }
            RedisServerBuilder settings = RedisServer.newRedisServer()
                    .bind(HOST)
                    .port(port)
                    .setting("dir " + quoted(dir.toString()))
                    .setting("appendonly yes")
                    .setting("appendfsync always");
            RedisProcess server = RedisProcess.start(
                    "the embedded Redis on port " + port,
                    settings,
                    line -> LOG.debug("redis: {}", line),
                    line -> LOG.warn("redis: {}", line));
            LOG.info("Embedded Redis on {}:{}, data in {}", HOST, port, dir);
            return new EmbeddedRedis(server, port, dir);
        } catch (RedisProcess.Abandoned e) {
            throw new EmbeddedRedisException(EmbeddedRedisException.stoppedWhileStarting(port), e);
        } catch (IOException e) {
            throw new EmbeddedRedisException(EmbeddedRedisException.didNotStart(port, dir, e), e);
        }
    }

    /**
     * Joins the embedded Redis a running bot keeps on this port and data directory (for a command
     * such as the export that runs beside the bot), or starts one when none runs. A joined Redis is
     * left running on {@link #close()}.
     */
    public static EmbeddedRedis startOrJoin(Path dataDir, int port) {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!isFree(port) && Files.isDirectory(dir) && LeftoverRedis.isOurs(port, dir)) {
            LOG.info("Using the bot's running Redis on {}:{}, data in {}", HOST, port, dir);
            return new EmbeddedRedis(null, port, dir);
        }
        return start(dataDir, port);
    }

    /** A port nobody listens on now, for tests and throw-away instances. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * The owner's application has started and will close this instance as it stops: from now on the JVM's end gives
     * it {@link #OWNER_GRACE} to do so before the shutdown hook stops Redis.
     */
    public void inService() {
        if (server != null) server.inService(OWNER_GRACE);
    }

    @Override
    public void close() {
        if (server == null || !closed.compareAndSet(false, true)) {
            return;
        }
        stop();
    }

    private void stop() {
        try {
            server.stop();
            LOG.info("Embedded Redis on port {} stopped", port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded Redis on port " + port, e);
        }
    }

    /** Creates the data directory if missing and checks that a file can be written there. */
    private static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new EmbeddedRedisException(EmbeddedRedisException.cannotCreate(dir, e), e);
        }
        try {
            Files.delete(Files.createTempFile(dir, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new EmbeddedRedisException(EmbeddedRedisException.notWritable(dir, e), e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String quoted(String path) {
        return "\"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
