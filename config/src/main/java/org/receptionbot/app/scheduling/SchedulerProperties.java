package org.receptionbot.app.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reception.scheduler.*}.
 *
 * @param jdbcUrl the Quartz job store; empty for an H2 file {@code quartz} in {@code reception.data-dir}
 * @param reminderGrace how late a custom reminder may still be said after the bot was down
 * @param deadlineLead how long before a meal's count deadline the group is told who has not reported
 * @param briefingAt when the evening briefing and departure checks go out, in the event's time zone
 */
@ConfigurationProperties("reception.scheduler")
public record SchedulerProperties(
        @DefaultValue("") String jdbcUrl,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("30m") Duration reminderGrace,
        @DefaultValue("30m") Duration deadlineLead,
        @DefaultValue("20:00") java.time.LocalTime briefingAt) {

    public SchedulerProperties {
        if (!jdbcUrl.isEmpty() && !jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:"))
            throw new IllegalArgumentException(
                    "reception.scheduler.jdbc-url must be an H2 or PostgreSQL JDBC URL: " + jdbcUrl);
        if (deadlineLead.isNegative() || deadlineLead.isZero())
            throw new IllegalArgumentException("reception.scheduler.deadline-lead must be positive");
        if (reminderGrace.isNegative())
            throw new IllegalArgumentException("reception.scheduler.reminder-grace is negative");
    }

    /**
     * The job store's URL. The default H2 file is not closed by H2's own JVM shutdown hook (DB_CLOSE_ON_EXIT), which
     * would race the application's stop and fail the scheduler's last reads and writes; it closes with its pool.
     */
    String jdbcUrl(java.nio.file.Path dataDir) {
        return jdbcUrl.isEmpty()
                ? "jdbc:h2:file:" + dataDir.resolve("quartz").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE"
                : jdbcUrl;
    }

    boolean postgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }
}
