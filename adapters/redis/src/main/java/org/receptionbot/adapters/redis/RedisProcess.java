package org.receptionbot.adapters.redis;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.core.RedisServerBuilder;

/**
 * The redis-server child process of the embedded Redis, started from the binary and configuration the embedded-redis
 * library provides, but run here so that it is stopped only by its owner, after everything that uses it. The
 * library's own start registers a JVM shutdown hook that stops Redis at once, which races the application's shutdown
 * (a SIGTERM then left the Discord gateway's lease release timing out against a Redis already gone). Where {@code
 * setsid} is found the server runs in a session of its own, so a terminal's Ctrl-C, or a signal to the bot's process
 * group, reaches only the bot, which stops Redis last.
 *
 * <p>Should the JVM end without its owner stopping it, a shutdown hook does, registered before the server is started:
 * at once while it is still starting (a Ctrl-C during a slow start), else once the owner has had its grace ({@link
 * #inService}) to stop it. When the JVM is already ending, no server is started.
 */
final class RedisProcess {
    private static final Logger LOG = LoggerFactory.getLogger(RedisProcess.class);
    private static final String READY = "Ready to accept connections";
    private static final long STOP_WAIT_SECONDS = 30;

    /** How long the JVM's end waits for an owner whose application has not started yet. */
    static final Duration START_GRACE = Duration.ofSeconds(5);

    private final Thread atExit = new Thread(this::stopIfLeft, "embedded-redis-at-exit");
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final String name;
    private Process process;
    private boolean ready;
    private boolean abandoned;
    private volatile Duration grace = START_GRACE;

    private RedisProcess(String name) {
        this.name = name;
    }

    /** The start was given up: the JVM began to end before the server was ready; nothing runs. */
    static final class Abandoned extends IOException {
        Abandoned() {
            super("the JVM began to end while the embedded Redis started; it was stopped");
        }
    }

    /**
     * Starts the server the builder describes and waits until it accepts connections; its output lines go to {@code
     * out} and {@code err}. {@code name} names it in the log.
     *
     * @throws Abandoned when the JVM is ending, or begins to while the server starts (it is stopped)
     * @throws IOException when it cannot be started or ends before it is ready, with what it printed
     */
    static RedisProcess start(String name, RedisServerBuilder server, Consumer<String> out, Consumer<String> err)
            throws IOException {
        List<String> command = new ArrayList<>(server.buildCommandArgs());
        File executable = new File(command.get(0));
        setsid().ifPresent(setsid -> command.add(0, setsid.toString()));
        RedisProcess redis = new RedisProcess(name);
        try {
            Runtime.getRuntime().addShutdownHook(redis.atExit);
        } catch (IllegalStateException e) {
            throw new Abandoned();
        }
        boolean started = false;
        try {
            Process process = redis.spawn(new ProcessBuilder(command).directory(executable.getParentFile()));
            OutputLines.daemon("redis-stderr", () -> OutputLines.pump(process.getErrorStream(), err));
            redis.awaitReady(process, out);
            started = true;
            return redis;
        } finally {
            if (!started) redis.stop();
        }
    }

    private synchronized Process spawn(ProcessBuilder builder) throws IOException {
        if (abandoned) throw new Abandoned();
        process = builder.start();
        return process;
    }

    private void awaitReady(Process process, Consumer<String> out) throws IOException {
        BufferedReader stdout =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder printed = new StringBuilder();
        String line;
        while ((line = stdout.readLine()) != null) {
            out.accept(line);
            printed.append(line).append('\n');
            if (line.contains(READY)) {
                synchronized (this) {
                    if (abandoned) throw new Abandoned();
                    ready = true;
                }
                OutputLines.daemon("redis-stdout", () -> OutputLines.pump(stdout, out));
                return;
            }
        }
        synchronized (this) {
            if (abandoned) throw new Abandoned();
        }
        throw new IOException("Redis-server ended before it was ready; it printed:\n" + printed);
    }

    /** The owner's application runs: the JVM's end now waits up to {@code ownerGrace} for the owner to stop it. */
    void inService(Duration ownerGrace) {
        grace = ownerGrace;
    }

    synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** Asks the server to shut down (SIGTERM: it writes what it holds and exits) and waits for it. */
    void stop() throws IOException {
        try {
            stopProcess();
        } finally {
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(atExit);
            } catch (IllegalStateException e) {
                // the JVM is ending: the hook runs, finds it stopped and returns
            }
        }
    }

    private void stopProcess() throws IOException {
        Process running;
        synchronized (this) {
            running = process;
        }
        if (running == null) return;
        running.destroy();
        try {
            if (!running.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                running.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while Redis stopped", e);
        }
    }

    /**
     * At the JVM's end: a server still starting is stopped at once, and none is started after; a ready one once its
     * owner has had its grace to stop it.
     */
    private void stopIfLeft() {
        synchronized (this) {
            if (!ready) abandoned = true;
        }
        try {
            if (!abandoned && stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS)) return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!alive()) return;
        if (abandoned) LOG.info("The bot is stopping while {} started; stopping it", name);
        else LOG.warn("{} was not stopped by the application; stopping it now", name);
        try {
            stopProcess();
        } catch (IOException e) {
            LOG.warn("could not stop {}", name, e);
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
}
