package org.receptionbot.adapters.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The lines a child process prints ({@link RedisProcess}), handed on one by one from a daemon thread until the process
 * ends, so that its output neither fills its pipe nor holds the JVM open.
 */
final class OutputLines {
    private OutputLines() {}

    /** Hands each line {@code stream} prints to {@code lines} until it ends. */
    static void pump(InputStream stream, Consumer<String> lines) {
        pump(new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8)), lines);
    }

    /** Hands each line {@code reader} reads to {@code lines} until it ends. */
    static void pump(BufferedReader reader, Consumer<String> lines) {
        try (reader) {
            String line;
            while ((line = reader.readLine()) != null) lines.accept(line);
        } catch (IOException e) {
            // the process ended
        }
    }

    /** Runs {@code work} on a daemon thread named {@code name}, which the JVM does not wait for. */
    static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
