package org.receptionbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of the packaged jar to its end, as a user starts it in a terminal: {@code input} typed
 * into it, then its exit code and everything it printed (standard output and errors together).
 *
 * @param exit the jar's exit code
 * @param out what it printed
 */
public record JarRun(int exit, String out) {
    /**
     * Runs {@code java -jar} with {@code arguments} in {@code dir}, types {@code input} and waits up to
     * a minute for it to stop; fails with what it printed when it does not.
     */
    public static JarRun run(Path dir, String input, List<String> arguments) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(JarCommand.of(arguments))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out;
        try (InputStream stdout = process.getInputStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not stop:\n" + out);
        }
        return new JarRun(process.exitValue(), out);
    }
}
