package org.receptionbot.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The packaged jar as the kill-mid-burst tests run it: a process of its own in the test's
 * directory, on the test's Redis and event file, its output in a log file there, so that a wait
 * that fails shows what the jar printed. Closing it stops every run it started that still runs.
 */
public final class JarProcess implements AutoCloseable {
    private final Path dir;
    private final List<String> arguments;
    private final List<Process> started = new ArrayList<>();

    /** @param platform the arguments that point the jar at the test's chat platform */
    public JarProcess(Path dir, int redisPort, Path event, String... platform) {
        this(
                dir,
                event,
                List.of("--spring.data.redis.host=127.0.0.1", "--spring.data.redis.port=" + redisPort),
                platform);
    }

    private JarProcess(Path dir, Path event, List<String> store, String... platform) {
        this.dir = dir;
        List<String> settings = new ArrayList<>(List.of("--reception.data-dir=" + dir.resolve("data")));
        if (event != null) settings.add("--reception.event-file=" + event);
        settings.addAll(store);
        settings.addAll(List.of(platform));
        this.arguments = JarCommand.of(settings);
    }

    /** The jar on the embedded Redis it starts itself (on a free port, data in the test's directory), as a new user runs it. */
    public static JarProcess onEmbeddedRedis(Path dir, Path event, String... platform) {
        return new JarProcess(dir, event, List.of("--reception.embedded-redis.port=0"), platform);
    }

    /**
     * The jar's sandbox on the bundled sports sample and an embedded Redis on {@code redisPort} (0: a free one), as a
     * new user first runs it; lines are typed into the run's {@link Process#getOutputStream()}.
     */
    public static JarProcess sandbox(Path dir, int redisPort, String... settings) {
        return new JarProcess(
                dir,
                null,
                List.of("--reception.embedded-redis.port=" + redisPort, "--reception.weather.provider=none"),
                settings);
    }

    /** What the run printed to {@code log}. */
    public String log(String log) throws IOException {
        return Files.readString(dir.resolve(log));
    }

    /** Starts the jar, its output going to {@code log} in the directory. */
    public Process start(String log) throws IOException {
        Files.createDirectories(dir);
        Process run = new ProcessBuilder(arguments)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile())
                .start();
        started.add(run);
        return run;
    }

    /** Stops the run as an operator would (SIGTERM), and waits for it to end. */
    public void stop(Process run) throws InterruptedException {
        run.destroy();
        if (!run.waitFor(30, TimeUnit.SECONDS)) run.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Waits for the condition; when it does not come, fails with what the jar printed to {@code log}. */
    public void awaitOrShow(Callable<Boolean> condition, Duration atMost, String log) throws IOException {
        try {
            await().atMost(atMost).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "waited " + atMost + "; the jar printed:\n" + Files.readString(dir.resolve(log)), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (Process run : started) if (run.isAlive()) stop(run);
    }
}
