package org.receptionbot.adapters.telegram;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A TCP proxy in front of Redis that can lose replies: for a command it is told to cut, it passes
 * the command to Redis, waits for Redis to answer, and drops the connection instead of passing the
 * answer on. The client then reconnects, and Lettuce sends that command again. Each command (by its
 * exact words) is cut at most once, so the one sent again goes through. It can also lose a command
 * before Redis sees it and stay unreachable until told otherwise ({@link #blackOut}).
 */
final class CuttingProxy implements AutoCloseable {
    private final int redisPort;
    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final Set<String> cutOnce = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cuts = new AtomicInteger();
    private volatile Predicate<List<String>> cutting = command -> false;
    private volatile Predicate<List<String>> losing = command -> false;
    private volatile boolean dark;

    CuttingProxy(int redisPort) throws IOException {
        this.redisPort = redisPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "redis-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** From now on, the replies of the commands (their words, the name first) that match are lost once. */
    void cut(Predicate<List<String>> commands) {
        cutting = commands;
    }

    /**
     * The next command that matches is lost before Redis sees it, its connection dropped, and Redis
     * unreachable from then until {@link #restore()}.
     */
    void blackOut(Predicate<List<String>> commands) {
        losing = commands;
    }

    void restore() {
        losing = command -> false;
        dark = false;
    }

    /** How many replies were lost so far. */
    int cuts() {
        return cuts.get();
    }

    /** Commands that change data, as named by Redis. */
    static boolean write(List<String> command) {
        return Set.of(
                        "EVAL",
                        "EVALSHA",
                        "SET",
                        "DEL",
                        "RPUSH",
                        "LPUSH",
                        "LPOP",
                        "LSET",
                        "LTRIM",
                        "SADD",
                        "SREM",
                        "ZADD",
                        "ZREMRANGEBYSCORE",
                        "HSET",
                        "HDEL",
                        "HINCRBY",
                        "EXPIRE",
                        "PEXPIRE")
                .contains(command.get(0).toUpperCase());
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (dark) {
                    client.close();
                    continue;
                }
                Socket redis = new Socket(InetAddress.getLoopbackAddress(), redisPort);
                sockets.add(client);
                sockets.add(redis);
                Connection connection = new Connection(client, redis);
                start(() -> connection.requests(), "redis-proxy-requests");
                start(() -> connection.replies(), "redis-proxy-replies");
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void start(Runnable pump, String name) {
        Thread thread = new Thread(pump, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) socket.close();
    }

    /** One client connection and its connection to Redis. */
    private final class Connection {
        private final Socket client;
        private final Socket redis;
        private volatile boolean cutNextReply;

        Connection(Socket client, Socket redis) {
            this.client = client;
            this.redis = redis;
        }

        void requests() {
            try (InputStream in = new BufferedInputStream(client.getInputStream())) {
                OutputStream out = redis.getOutputStream();
                for (Command command = Command.read(in); command != null; command = Command.read(in)) {
                    if (losing.test(command.words())) {
                        dark = true;
                        return;
                    }
                    if (cutting.test(command.words()) && cutOnce.add(String.join(" ", command.words()))) {
                        cutNextReply = true;
                    }
                    out.write(command.bytes());
                    out.flush();
                }
            } catch (IOException e) {
                // the connection was dropped
            } finally {
                closeBoth();
            }
        }

        void replies() {
            byte[] buffer = new byte[65536];
            try (InputStream in = redis.getInputStream()) {
                OutputStream out = client.getOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (cutNextReply) {
                        cuts.incrementAndGet();
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the connection was dropped
            } finally {
                closeBoth();
            }
        }

        private void closeBoth() {
            try {
                client.close();
                redis.close();
            } catch (IOException e) {
                // closed already
            }
        }
    }

    /** A command as a client sends it: an array of bulk strings. */
    private record Command(List<String> words, byte[] bytes) {
        static Command read(InputStream in) throws IOException {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            String header = line(in, raw);
            if (header == null) return null;
            if (!header.startsWith("*")) throw new IOException("not a command: " + header);
            List<String> words = new ArrayList<>();
            for (int i = Integer.parseInt(header.substring(1)); i > 0; i--) {
                String length = line(in, raw);
                if (length == null || !length.startsWith("$")) throw new IOException("not a bulk string: " + length);
                byte[] word = in.readNBytes(Integer.parseInt(length.substring(1)) + 2);
                raw.write(word);
                words.add(new String(word, 0, word.length - 2, StandardCharsets.UTF_8));
            }
            return new Command(words, raw.toByteArray());
        }

        /** One line up to CRLF, also written to {@code raw}; null at the end of the stream. */
        private static String line(InputStream in, ByteArrayOutputStream raw) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int b = in.read(); b >= 0; b = in.read()) {
                raw.write(b);
                if (b == '\n') return line.substring(0, line.length() - 1);
                line.append((char) b);
            }
            return null;
        }
    }
}
