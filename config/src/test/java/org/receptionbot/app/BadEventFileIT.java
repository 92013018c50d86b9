package org.receptionbot.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.app.event.CheckEvent;
import org.receptionbot.app.event.InvalidEventFileException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class BadEventFileIT {

    /** What is wrong in the bot-core fixture {@code events/broken-event.yml}, entry by entry. */
    private static final String[] PROBLEMS = {
        "event.timezone: 未知的时区“Asia/Shangai”",
        "event.end: 结束日期早于开始日期",
        "meals[0]（LUNCH）.deadline: 报餐截止时间 12:00 不早于开餐时间 11:30",
        "meals[1].id: id“LUNCH”重复",
        "delegations[0]（hunan）.hotel: 未知的酒店 id“qingjiang”",
        "delegations[1]（hubei）.aliases: 简称“湖南”已用于代表团 hunan",
        "delegations[1]（hubei）.size: 人数应为正整数",
        "vehicles[0]（3）.delegation: 未知的代表团 id“henan”"
    };

    @TempDir
    Path dir;

    @Test
    void theStartStopsWithEveryProblemAndWhereItIs(CapturedOutput output) throws IOException {
        Path broken = brokenCopy();

        assertThatThrownBy(() -> new SpringApplicationBuilder(BotApplication.class)
                        .run("--reception.event-file=" + broken, "--reception.data-dir=" + dir.resolve("data")))
                .hasRootCauseInstanceOf(InvalidEventFileException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("活动配置文件有 8 处问题")
                .contains(broken.toString())
                .contains(PROBLEMS);
    }

    @Test
    void checkEventListsEveryProblemAndFails() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = CheckEvent.run(new String[] {"check-event", brokenCopy().toString()}, print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(PROBLEMS);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void checkEventSummarisesAGoodFile() throws IOException {
        Path sample = dir.resolve("sample.yml");
        try (InputStream in = getClass().getResourceAsStream("/events/sample-event.yml")) {
            Files.copy(in, sample);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = CheckEvent.run(new String[] {"check-event", sample.toString()}, print(out), print(out));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("活动：示例县第十三届民族传统体育运动会")
                .contains("代表团 32")
                .contains("协调员 2，群聊 3");
    }

    private Path brokenCopy() throws IOException {
        Path broken = dir.resolve("broken-event.yml");
        try (InputStream in = getClass().getResourceAsStream("/events/broken-event.yml")) {
            Files.copy(in, broken);
        }
        return broken;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
