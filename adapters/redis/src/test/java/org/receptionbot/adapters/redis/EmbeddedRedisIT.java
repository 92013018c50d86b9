package org.receptionbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The embedded Redis is stopped by its owner, after everything that uses it: not by a JVM shutdown hook of its own
 * racing the application's stop, and not by a terminal's Ctrl-C, which reaches the bot's process group only.
 */
class EmbeddedRedisIT {
    @TempDir
    Path dir;

    @Test
    void itRunsInASessionOfItsOwnSoThatACtrlCAtTheTerminalReachesOnlyTheBot() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")) && setsidOnPath(), "Linux with setsid");
        int port = EmbeddedRedis.freePort();
        try (EmbeddedRedis redis = EmbeddedRedis.start(dir, port)) {
            long pid = pid(port);
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();

            assertThat(server.parent().map(ProcessHandle::pid))
                    .as("started by the bot")
                    .contains(ProcessHandle.current().pid());
            assertThat(server.info().command()).get().asString().contains("redis-server");
            assertThat(stat(server.pid()).get(3))
                    .as("its session")
                    .isNotEqualTo(stat(ProcessHandle.current().pid()).get(3));
            assertThat(stat(server.pid()).get(2)).as("its process group").isEqualTo(Long.toString(server.pid()));
        }
    }

    @Test
    void closingStopsItOnceAndKeepsWhatItWrote() {
        int port = EmbeddedRedis.freePort();
        EmbeddedRedis redis = EmbeddedRedis.start(dir, port);
        withTemplate(port, t -> t.opsForValue().set("k", "v"));

        redis.close();
        redis.close();

        try (EmbeddedRedis again = EmbeddedRedis.start(dir, port)) {
            withTemplate(port, t -> assertThat(t.opsForValue().get("k")).isEqualTo("v"));
        }
    }

    /** The redis-server's own process id, as it tells it. */
    private static long pid(int port) {
        long[] pid = new long[1];
        withTemplate(
                port,
                t -> pid[0] = Long.parseLong(t.execute((RedisCallback<Properties>)
                                c -> c.serverCommands().info("server"))
                        .getProperty("process_id")));
        return pid[0];
    }

    private static void withTemplate(int port, Consumer<StringRedisTemplate> work) {
        LettuceConnectionFactory factory =
                new LettuceConnectionFactory(new RedisStandaloneConfiguration(EmbeddedRedis.HOST, port));
        factory.afterPropertiesSet();
        factory.start();
        try {
            work.accept(new StringRedisTemplate(factory));
        } finally {
            factory.destroy();
        }
    }

    /** The fields of /proc/PID/stat after the command's name: state, ppid, pgrp, session, … */
    private static List<String> stat(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        return Arrays.asList(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
    }

    private static boolean setsidOnPath() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "setsid")));
    }
}
