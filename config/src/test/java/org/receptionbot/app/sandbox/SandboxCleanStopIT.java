package org.receptionbot.app.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.EmbeddedRedis;
import org.receptionbot.app.CleanStop;
import org.receptionbot.app.JarProcess;

/**
 * The packaged jar's sandbox, as a new user runs it in a terminal, stopped with SIGTERM (or Ctrl-C): once it answers,
 * it stops cleanly with its clock and terminal before the Redis client, and says nothing failed in the chat; during a
 * slow start, it leaves no embedded Redis running.
 */
class SandboxCleanStopIT {
    @TempDir
    Path dir;

    @Test
    void aSigtermStopsTheSandboxBeforeTheRedisClientAndNothingFailsInTheChat() throws Exception {
        try (JarProcess jar = JarProcess.sandbox(
                dir,
                0,
                // more to log makes the stop slower, as on a loaded machine
                "--logging.level.org.receptionbot=DEBUG",
                "--logging.level.org.springframework.context.support=DEBUG")) {
            Process run = jar.start("run.log");
            jar.awaitOrShow(() -> jar.log("run.log").contains("] > "), Duration.ofSeconds(90), "run.log");
            OutputStream typed = run.getOutputStream();
            typed.write("北京中午40 晚上42\n".getBytes(StandardCharsets.UTF_8));
            typed.flush();
            jar.awaitOrShow(() -> jar.log("run.log").contains("已记录"), Duration.ofSeconds(60), "run.log");

            jar.stop(run);

            String log = jar.log("run.log");
            CleanStop.assertClean(run, log, "stopSandboxBeforeRedis");
            assertThat(log).doesNotContain("【系统】");
        }
    }

    @Test
    void aSigtermWhileTheSandboxStartsLeavesNoEmbeddedRedisRunning() throws Exception {
        int port = EmbeddedRedis.freePort();
        try (JarProcess jar = JarProcess.sandbox(dir, port)) {
            Process run = jar.start("run.log");
            // the event is read just before the embedded Redis starts
            jar.awaitOrShow(
                    () -> jar.log("run.log").contains("from classpath:events"), Duration.ofSeconds(90), "run.log");

            run.destroy();

            assertThat(run.waitFor(30, TimeUnit.SECONDS))
                    .as("stopped by itself:\n%s", jar.log("run.log"))
                    .isTrue();
            jar.awaitOrShow(() -> isFree(port), Duration.ofSeconds(10), "run.log");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
