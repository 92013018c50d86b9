package org.receptionbot.adapters.redis;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import redis.embedded.core.RedisServerBuilder;

/**
 * The redis-server child process of the embedded Redis, started from the binary and configuration the embedded-redis
 * library provides, but run here so that it is stopped only by its owner, after everything that uses it. The
 * library's own start registers a JVM shutdown hook that stops Redis at once, which races the application's shutdown
 * (a SIGTERM then left the Discord gateway's lease release timing out against a Redis already gone). Where {@code
 * setsid} is found the server runs in a session of its own, so a terminal's Ctrl-C, or a signal to the bot's process
 * group, reaches only the bot, which stops Redis last.
 */
final class RedisProcess {
    private static final String READY = "Ready to accept connections";
    private static final long STOP_WAIT_SECONDS = 30;

    private final Process process;

    private RedisProcess(Process process) {
        this.process = process;
    }

    /**
     * Starts the server the builder describes and waits until it accepts connections; its output lines go to {@code
     * out} and {@code err}.
     *
     * @throws IOException when it cannot be started or ends before it is ready, with what it printed
     */
    static RedisProcess start(RedisServerBuilder server, Consumer<String> out, Consumer<String> err)
            throws IOException {
        List<String> command = new ArrayList<>(server.buildCommandArgs());
        File executable = new File(command.get(0));
        setsid().ifPresent(setsid -> command.add(0, setsid.toString()));
        Process process = new ProcessBuilder(command)
                .directory(executable.getParentFile())
                .start();
        daemon("redis-stderr", () -> pump(process.getErrorStream(), err));
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        String line;
        while ((line = stdout.readLine()) != null) {
            out.accept(line);
            printed.append(line).append('\n');
            if (line.contains(READY)) {
                daemon("redis-stdout", () -> pump(stdout, out));
                return new RedisProcess(process);
            }
        }
        process.destroy();
        throw new IOException("Redis-server ended before it was ready; it printed:\n" + printed);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Asks the server to shut down (SIGTERM: it writes what it holds and exits) and waits for it. */
    void stop() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Redis stopped", e);
        }
    }

    /** {@code setsid} on the PATH (util-linux; not on Windows or a plain macOS), which runs Redis in its own session. */
    private static Optional<Path> setsid() {
        String path = System.getenv("PATH");
        if (path == null || System.getProperty("os.name", "").startsWith("Windows")) return Optional.empty();
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, "setsid");
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static void pump(InputStream stream, Consumer<String> lines) {
        pump(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)), lines);
    }

    private static void pump(BufferedReader reader, Consumer<String> lines) {
        try (reader) {
            String line;
            while ((line = reader.readLine()) != null) lines.accept(line);
        } catch (IOException e) {
            // the process ended
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
