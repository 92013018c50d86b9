package org.receptionbot.scheduler;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import org.h2.tools.RunScript;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;

/** Quartz schedulers on a JDBC job store for tests (H2 file or PostgreSQL). */
final class JdbcSchedulers {

    private JdbcSchedulers() {}

    static void createTables(String url, String script) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                var sql = new InputStreamReader(
                        Scheduler.class.getResourceAsStream("/org/quartz/impl/jdbcjobstore/" + script),
                        StandardCharsets.UTF_8)) {
            RunScript.execute(c, sql);
        }
    }

    static Scheduler scheduler(
            String name, String instanceId, String url, boolean clustered, Map<Class<? extends Job>, Job> jobs)
            throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", name);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty(
                "org.quartz.jobStore.driverDelegateClass",
                url.startsWith("jdbc:postgresql")
                        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", "main");
        p.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(clustered));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        p.setProperty("org.quartz.jobStore.misfireThreshold", "1000");
        p.setProperty("org.quartz.dataSource.main.connectionProvider.class", Connections.class.getName());
        p.setProperty("org.quartz.dataSource.main.url", url);
        Scheduler s = new StdSchedulerFactory(p).getScheduler();
        s.setJobFactory(new UseCaseJobFactory(jobs));
        return s;
    }

    /** Plain JDBC connections; Quartz sets {@code url} from the properties. */
    public static final class Connections implements ConnectionProvider {
        private String url;

        public void setUrl(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, "sa", "");
        }

        @Override
        public void shutdown() {}

        @Override
        public void initialize() {}
    }
}
