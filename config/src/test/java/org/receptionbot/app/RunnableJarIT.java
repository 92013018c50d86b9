package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would, with lines piped into the sandbox. */
class RunnableJarIT {

    @TempDir
    Path dir;

    @Test
    void theSandboxAnswersWhatIsTypedAndRemembersItAfterARestart() throws Exception {
        String event = "--reception.event-file=" + sampleEventAroundToday();
        JarRun first = run("湖南明晚35人\n:as 湖南\n湖南明晚35人\n:as 黔\n贵州明早不吃早餐\n", event, "--reception.embedded-redis.port=0");
        JarRun second = run(":as 黔\n撤销\n", event, "--reception.embedded-redis.port=0");

        assertThat(first.exit()).isZero();
        assertThat(first.out())
                .contains("[北京市代表团 · 联络员 张敏] > ")
                .contains("【接待保障助手】抱歉，湖南省代表团的记录只能由该团联络员李娜或协调组修改。")
                // The README's pipe example: as 湖南's liaison tomorrow's dinner is recorded at any hour.
                .containsPattern("【接待保障助手】已记录：湖南省代表团 \\d+月\\d+日（周.）晚餐 报餐35人")
                .contains("你现在的身份：贵州省代表团 · 联络员 王芳")
                .containsPattern("【接待保障助手】已记录：贵州省代表团 \\d+月\\d+日（周.）早餐 取消全团（50人→0人）")
                .contains("再见。");
        assertThat(second.out()).containsPattern("已撤销：贵州省代表团 \\d+月\\d+日（周.）早餐 取消全团，早餐恢复为50人");
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
        JarRun run = JarRun.run(dir, "", List.of("check-event", old.toString()));

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("活动配置文件正确").contains("⚠ 注意：活动日期 2020-05-01 至 2020-05-05 已经结束");
    }

    @Test
    void aBadEventFileStopsTheStartWithItsProblemsAndNoStackTrace() throws Exception {
        Path broken = dir.resolve("broken.yml");
        Files.writeString(broken, "event:\n  name: 坏文件\n  timezone: Mars/Olympus\n");

        JarRun run = run("", "--reception.event-file=" + broken);

        assertThat(run.exit()).isNotZero();
        assertThat(run.out())
                .contains(broken.toString())
                .contains("event.timezone")
                .doesNotContain("\tat org.");
    }

    @Test
    void aTakenPortIsExplained() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            JarRun run = run("", "--reception.embedded-redis.port=" + taken.getLocalPort());

            assertThat(run.exit()).isNotZero();
            assertThat(run.out())
                    .contains("端口 " + taken.getLocalPort() + " 已被占用")
                    .contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use")
                    .doesNotContain("\tat org.");
        }
    }

    @Test
    void helpListsTheModes() throws Exception {
        JarRun run = run("", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("check-event 文件").contains("parse").contains("--help");
    }

    private JarRun run(String input, String... args) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--reception.data-dir=" + dir.resolve("data"));
        return JarRun.run(dir, input, arguments);
    }
}
