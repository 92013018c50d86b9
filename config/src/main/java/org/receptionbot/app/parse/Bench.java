package org.receptionbot.app.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code parse … --in FILE --bench ROUNDS}: whole passes of the parse mode over a file, answers
 * encoded and thrown away, each pass timed by the wall clock and by this thread's CPU time (the
 * figure to compare on a shared machine); the first passes include the JVM's warm-up.
 */
final class Bench {

    private Bench() {}

    static int run(ParseLines lines, Path in, int rounds, PrintStream out) throws IOException {
        OutputStream discard = OutputStream.nullOutputStream();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime(), cpuStarted = threads.getCurrentThreadCpuTime();
            long answered;
            try (InputStream input = Files.newInputStream(in)) {
                answered = lines.run(input, discard);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
            out.printf(
                    Locale.ROOT,
                    "第%d轮 / round %d: %d 行 / lines, %.2f 秒 / s, %,.0f 行每秒 / lines/s; CPU %.2f 秒, %,.0f 行每 CPU 秒%n",
                    round,
                    round,
                    answered,
                    seconds,
                    answered / seconds,
                    cpu,
                    answered / cpu);
        }
        return 0;
    }
}
