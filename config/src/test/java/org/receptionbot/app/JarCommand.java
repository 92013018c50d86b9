package org.receptionbot.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line that starts the packaged jar in a test: {@code java -jar target/reception-bot.jar}
 * and the arguments, as a user types it, with JVM options that only shorten start-up (the tests start
 * the jar a hundred times and each run is short: the optimising compiler and a parallel collector
 * cost more CPU than they save there, and two test forks share the machine). The options change
 * how the JVM compiles and collects, never what the jar does.
 */
public final class JarCommand {
    /** The jar that {@code package} builds, from the config module's directory. */
    public static final Path JAR = Path.of("target", "reception-bot.jar");

    private static final List<String> QUICK_START =
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

    private JarCommand() {}

    /** {@code java [start-up options] -jar <the jar> arguments...} */
    public static List<String> of(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(QUICK_START);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(arguments);
        return command;
    }
}
