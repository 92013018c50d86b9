package org.receptionbot.adapters.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A Redis server run by the bot itself on 127.0.0.1, for a machine without one. It appends every
 * write to {@code appendonly.aof} in the data directory and fsyncs it before answering, so what was
 * recorded survives a restart or a crash of the bot. Stopping it lets Redis shut down cleanly; a
 * Redis left running on the port by a crashed run on the same data directory is shut down first.
 */
public final class EmbeddedRedis implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRedis.class);

    /** The server this instance runs, or null when it joined one that another process runs. */
    private final RedisServer server;

    private final int port;
    private final Path dataDir;

    private EmbeddedRedis(RedisServer server, int port, Path dataDir) {
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
            RedisServer server = RedisServer.newRedisServer()
                    .bind(HOST)
                    .port(port)
                    .setting("dir " + quoted(dir.toString()))
                    .setting("appendonly yes")
                    .setting("appendfsync always")
                    .soutListener(line -> LOG.debug("redis: {}", line))
                    .serrListener(line -> LOG.warn("redis: {}", line))
                    .build();
            server.start();
            LOG.info("Embedded Redis on {}:{}, data in {}", HOST, port, dir);
            return new EmbeddedRedis(server, port, dir);
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

    @Override
    public void close() {
        if (server == null) {
            return;
        }
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
