package org.receptionbot.app.scheduling;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.receptionbot.app.ReceptionProperties;
import org.receptionbot.app.ShutdownOrder;
import org.receptionbot.scheduler.JobsAtStop;
import org.receptionbot.scheduler.UseCaseJobFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.quartz.autoconfigure.QuartzDataSource;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/** The Quartz job store and the job instances Quartz runs. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:scheduler-defaults.properties")
@EnableConfigurationProperties({SchedulerProperties.class, ReceptionProperties.class})
class QuartzStoreConfiguration {

    /** The job store; its tables are created on first use, kept afterwards (reminders survive restarts). */
    @Bean
    @QuartzDataSource
    DataSource quartzDataSource(SchedulerProperties properties, ReceptionProperties reception) throws SQLException {
        DataSource dataSource = DataSourceBuilder.create()
                .url(properties.jdbcUrl(reception.dataDir()))
                .username(properties.username())
                .password(properties.password())
                .build();
        try (Connection c = dataSource.getConnection();
                var tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            boolean present = false;
            while (tables.next()) present |= tables.getString("TABLE_NAME").equalsIgnoreCase("qrtz_locks");
            if (!present) {
                String script = properties.postgres() ? "tables_postgres.sql" : "tables_h2.sql";
                new ResourceDatabasePopulator(new ClassPathResource("org/quartz/impl/jdbcjobstore/" + script))
                        .populate(c);
            }
        }
        return dataSource;
    }

    /**
     * The timed jobs finish first when the bot stops ({@link ShutdownOrder#JOBS}): the scheduler fires nothing more
     * and the running jobs are waited for (up to 30 s) while the chats and Redis they use still run. Spring's own stop
     * of the scheduler only pauses it; its shutdown, which waits for the jobs, comes when the beans are destroyed,
     * after the Redis client has closed.
     */
    @Bean
    SmartLifecycle timedJobsFinishFirst(Scheduler scheduler) {
        return ShutdownOrder.stopIn(ShutdownOrder.JOBS, () -> JobsAtStop.finish(scheduler, Duration.ofSeconds(30)));
    }

    @Bean
    SchedulerFactoryBeanCustomizer useCaseJobs(ObjectProvider<Job> jobs) {
        // Resolved at the first firing: jobs need use cases that need the scheduler (reminder timer).
        return factory -> factory.setJobFactory((bundle, scheduler) -> new UseCaseJobFactory(
                        jobs.stream().collect(Collectors.toMap(Job::getClass, j -> j)))
                .newJob(bundle, scheduler));
    }
}
