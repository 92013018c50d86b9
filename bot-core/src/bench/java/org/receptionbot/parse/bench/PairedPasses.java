package org.receptionbot.parse.bench;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two builds of the parser in one JVM, their {@code parse} mode passes over the same file alternated (A B, B A, …),
 * each timed by the thread's CPU time: on a loaded machine both see the same load and the same compiler queue, so a
 * small difference shows where two separate runs are lost in the noise. Not a test; JDK only, run as a source file
 * from the repository root:
 *
 * <pre>
 * unzip -q START.jar -d /tmp/fat
 * ./mvnw -o -q -pl bot-core compile
 * java bot-core/src/bench/java/org/receptionbot/parse/bench/PairedPasses.java \
 *     /tmp/fat bot-core/target/classes EVENT.yml LINES.jsonl 30
 * </pre>
 *
 * "start" is the unzipped jar as it is; "new" is the given bot-core classes ahead of it (the jar's own bot-core left
 * out). The warm rounds (on two loaded cores, from about the 15th over 6,000 sports lines) are the ones to compare.
 */
public final class PairedPasses {
    private PairedPasses() {}

    public static void main(String[] args) throws Exception {
        File fat = new File(args[0]);
        URL classes = new File(args[1]).toURI().toURL();
        String event = args[2];
        String in = args[3];
        int rounds = Integer.parseInt(args[4]);
        List<URL> libs = new ArrayList<>();
        URL startCore = null;
        for (File f : new File(fat, "BOOT-INF/lib").listFiles()) {
            if (f.getName().startsWith("bot-core-")) startCore = f.toURI().toURL();
            else libs.add(f.toURI().toURL());
        }
        URL app = new File(fat, "BOOT-INF/classes/").toURI().toURL();
        List<URL> start = new ArrayList<>(List.of(app, startCore));
        start.addAll(libs);
        List<URL> changed = new ArrayList<>(List.of(classes, app));
        changed.addAll(libs);
        Method a = parseMode(start);
        Method b = parseMode(changed);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long lines;
        try (var all = Files.lines(Path.of(in))) {
            lines = all.count();
        }
        PrintStream none = new PrintStream(OutputStream.nullOutputStream());
        String[] mode = {"parse", "--event", event, "--in", in, "--out", "/dev/null"};
        for (int r = 1; r <= rounds; r++) {
            for (int k = 0; k < 2; k++) {
                boolean isStart = (k == 0) == (r % 2 == 1);
                Thread.currentThread().setContextClassLoader((isStart ? a : b).getDeclaringClass().getClassLoader());
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                Object rc = (isStart ? a : b).invoke(null, mode, System.in, none, none);
                double s = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
                System.out.printf(
                        "round %d %s cpu %.3f s wall %.3f s %,.0f lines per CPU-second rc %s load %.2f%n",
                        r,
                        isStart ? "start" : "new  ",
                        s,
                        (System.nanoTime() - wall) / 1e9,
                        lines / s,
                        rc,
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
    }

    private static Method parseMode(List<URL> path) throws Exception {
        ClassLoader loader = new URLClassLoader(path.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        return loader.loadClass("org.receptionbot.app.parse.ParseMode")
                .getMethod("run", String[].class, InputStream.class, PrintStream.class, PrintStream.class);
    }
}
