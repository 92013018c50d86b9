package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would, with lines piped into the sandbox. */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "reception-bot.jar");

    @TempDir
    Path dir;

    @Test
    void theSandboxAnswersWhatIsTypedAndRemembersItAfterARestart() throws Exception {
        String event = "--reception.event-file=" + sampleEventAroundToday();
        Run first = run("湖南今晚35人\n:as 黔\n贵州明早不吃早餐\n", event, "--reception.embedded-redis.port=0");
        Run second = run(":as 黔\n撤销\n", event, "--reception.embedded-redis.port=0");

        assertThat(first.exit).isZero();
        assertThat(first.out)
                .contains("[北京市代表团 · 联络员 张敏] > ")
                .contains("【接待保障助手】抱歉，湖南省代表团的记录只能由该团联络员李娜或协调组修改。")
                .contains("你现在的身份：贵州省代表团 · 联络员 王芳")
                .containsPattern("【接待保障助手】已记录：贵州省代表团 \\d+月\\d+日（周.）早餐 取消全团（50人→0人）")
                .contains("再见。");
        assertThat(second.out).containsPattern("已撤销：贵州省代表团 \\d+月\\d+日（周.）早餐 取消全团，早餐恢复为50人");
        assertThat(dir.resolve("data").resolve("appendonly.aof")).exists();
    }

    /**
     * The sample event moved so that it runs from yesterday to ten days ahead, whenever the test runs,
     * without its dated arrival and departure plans.
     */
    private Path sampleEventAroundToday() throws IOException {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String sample = Files.readString(Path.of("src", "main", "resources", "events", "sample-event.yml"));
        Path file = dir.resolve("event.yml");
        Files.writeString(
                file,
                sample.replaceFirst("start: [0-9-]+", "start: " + today.minusDays(1))
                        .replaceFirst("end: [0-9-]+", "end: " + today.plusDays(10))
                        .replaceAll("(?m)^ +(arrival|departure): \\{.*\\}\\n", ""));
        return file;
    }

    @Test
    void checkEventWarnsAboutAnEventThatHasEnded() throws Exception {
        String sample = Files.readString(Path.of("src", "main", "resources", "events", "sample-event.yml"));
        Path old = dir.resolve("old.yml");
        Files.writeString(
                old,
                sample.replaceFirst("start: [0-9-]+", "start: 2020-05-01")
                        .replaceFirst("end: [0-9-]+", "end: 2020-05-05")
                        .replaceAll("(?m)^ +(arrival|departure): \\{.*\\}\\n", ""));
        Process process = new ProcessBuilder(
                        java(), "-jar", JAR.toAbsolutePath().toString(), "check-event", old.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor()).as(out).isZero();
        assertThat(out).contains("活动配置文件正确").contains("⚠ 注意：活动日期 2020-05-01 至 2020-05-05 已经结束");
    }

    @Test
    void aBadEventFileStopsTheStartWithItsProblemsAndNoStackTrace() throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "event:\n  name: 坏文件\n  timezone: Mars/Olympus\n");

        Run run = run("", "--reception.event-file=" + broken);

        assertThat(run.exit).isNotZero();
        assertThat(run.out)
                .contains(broken.toString())
                .contains("event.timezone")
                .doesNotContain("\tat org.");
    }

    @Test
    void aTakenPortIsExplained() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run run = run("", "--reception.embedded-redis.port=" + taken.getLocalPort());

            assertThat(run.exit).isNotZero();
            assertThat(run.out)
                    .contains("端口 " + taken.getLocalPort() + " 已被占用")
                    .contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .doesNotContain("\tat org.");
        }
    }

    @Test
    void helpListsTheModes() throws Exception {
        Run run = run("", "--help");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("check-event 文件").contains("parse").contains("--help");
    }

    private Run run(String input, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(java(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        command.add("--reception.data-dir=" + dir.resolve("data"));
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out;
        try (InputStream stdout = process.getInputStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the jar did not stop:\n" + out);
        }
        return new Run(process.exitValue(), out);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private record Run(int exit, String out) {}
}
