package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clean stop of the packaged jar looks like in its output, as the clean-stop tests of each chat platform check
 * it. The run must log Spring's lifecycle at debug ({@code --logging.level.org.springframework.context.support=DEBUG})
 * so that the stop's order shows.
 */
public final class CleanStop {
    private CleanStop() {}

    /**
     * Checks that {@code run}, stopped with SIGTERM, ended by itself (exit 143), printed no ERROR and no stack trace
     * ({@link #unclean}), no WARN or ERROR from the start of the stop on, and stopped the timed jobs first, then the
     * platform's adapter ({@code platformStop}, the lifecycle bean that stops it), the Redis client, and the embedded
     * Redis last.
     */
    public static void assertClean(Process run, String log, String platformStop) {
        assertThat(run.exitValue())
                .as("ended by the SIGTERM, not killed:\n%s", log)
                .isEqualTo(143);
        assertThat(unclean(log)).as(log).isEmpty();
        assertThat(stopping(log)).as("the stop").noneMatch(line -> line.matches("^\\S+\\s+(WARN|ERROR)\\s.*"));
        assertThat(stopOrder(log))
                .containsSubsequence("timedJobsFinishFirst", platformStop, "redisConnectionFactory", "embedded Redis");
    }

    /**
     * The lines {@code log} prints from the start of the stop on (Spring's lifecycle debug line "Stopping beans in
     * phase"), without the embedded Redis's own output (its debug lines come from another thread, in no order).
     */
    private static List<String> stopping(String log) {
        List<String> lines = log.lines().toList();
        int from = 0;
        while (from < lines.size() && !lines.get(from).contains("Stopping beans in phase")) from++;
        return lines.subList(from, lines.size()).stream()
                .filter(line -> !line.contains(" redis: "))
                .toList();
    }

    /**
     * What stopped, in the order it did: the lifecycle beans by name (Spring's debug line "Bean '…' completed its stop
     * procedure"), then "embedded Redis" where it logged that it stopped.
     */
    private static List<String> stopOrder(String log) {
        Pattern bean = Pattern.compile("Bean '([^']+)' completed its stop procedure");
        List<String> order = new ArrayList<>();
        for (String line : stopping(log)) {
            Matcher m = bean.matcher(line);
            if (m.find()) order.add(m.group(1));
            else if (line.matches(".*Embedded Redis on port \\d+ stopped.*")) order.add("embedded Redis");
        }
        return order;
    }

    /**
     * The lines of {@code log} that a clean stop must not print: a line logged at ERROR, and a stack trace's lines
     * ({@code at …}, {@code Caused by: …}) whatever logged it.
     */
    private static List<String> unclean(String log) {
        return log.lines()
                .filter(line -> line.matches("^\\S+\\s+ERROR\\s.*")
                        || line.matches("^\\s+at \\S+\\(.*")
                        || line.startsWith("Caused by: "))
                .toList();
    }
}
