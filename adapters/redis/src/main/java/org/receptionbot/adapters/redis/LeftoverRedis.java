package org.receptionbot.adapters.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntPredicate;

/**
 * A Redis left running by an earlier run of the bot that did not stop cleanly (killed, crashed):
 * the child process outlives the JVM and keeps the port. When the Redis on the port keeps its
 * files in our data directory, it is ours: it is shut down (it has fsynced every write) so the
 * new run can start its own. Anything else on the port is left alone.
 */
final class LeftoverRedis {

    private static final int WAIT_MILLIS = 10_000;

    private LeftoverRedis() {}

    /** Returns true when the port was held by our leftover Redis and is free now. */
    static boolean shutDownIfOurs(int port, Path dataDir, IntPredicate isFree) {
        if (!ask(port, dataDir, true)) {
            return false;
        }
        return awaitFree(port, isFree);
    }

    /** Whether the Redis listening on the port keeps its files in {@code dataDir}. */
    static boolean isOurs(int port, Path dataDir) {
        return ask(port, dataDir, false);
    }

    private static boolean ask(int port, Path dataDir, boolean shutDown) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(EmbeddedRedis.HOST, port), 1000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            out.write(command("CONFIG", "GET", "dir"));
            out.flush();
            if (!dataDir.toRealPath().toString().equals(configValue(in))) {
                return false;
            }
            if (shutDown) {
                out.write(command("SHUTDOWN"));
                out.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The value of a {@code CONFIG GET} reply ({@code *2 $3 dir $n value}), or null. */
    private static String configValue(BufferedReader in) throws IOException {
        if (!"*2".equals(in.readLine())) {
            return null;
        }
        in.readLine();
        in.readLine();
        in.readLine();
        return in.readLine();
    }

    private static byte[] command(String... words) {
        StringBuilder resp = new StringBuilder("*" + words.length + "\r\n");
        for (String word : words) {
            resp.append('$').append(word.length()).append("\r\n").append(word).append("\r\n");
        }
        return resp.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean awaitFree(int port, IntPredicate isFree) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (isFree.test(port)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
