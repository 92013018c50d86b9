package org.receptionbot.app.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check-event on the sample event (2026-11-18 to 2026-11-29): its dates are warned about, not refused. */
class CheckEventDatesTest {
    @TempDir
    Path dir;

    private String check(LocalDate today, int[] exit) throws IOException {
        Path sample = dir.resolve("sample.yml");
        try (InputStream in = getClass().getResourceAsStream("/events/sample-event.yml")) {
            Files.copy(in, sample, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        exit[0] = CheckEvent.run(new String[] {"check-event", sample.toString()}, print, print, today);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEventThatHasEndedIsCorrectButWarnedAbout() throws IOException {
        int[] exit = {-1};

        String out = check(LocalDate.of(2026, 12, 5), exit);

        assertThat(exit[0]).isZero();
        assertThat(out)
                .contains("活动配置文件正确")
                .contains("⚠ 注意：活动日期 2026-11-18 至 2026-11-29 已经结束（今天是 2026-12-05）")
                .contains("请把日期改为实际活动的日期");
    }

    @Test
    void anEventFarAheadIsWarnedAbout() throws IOException {
        int[] exit = {-1};

        String out = check(LocalDate.of(2026, 9, 1), exit);

        assertThat(exit[0]).isZero();
        assertThat(out).contains("⚠ 注意：活动日期 2026-11-18 至 2026-11-29 距今天（2026-09-01）还有 78 天");
    }

    @Test
    void anEventRunningOrSoonHasNoWarning() throws IOException {
        int[] exit = {-1};

        assertThat(check(LocalDate.of(2026, 11, 20), exit)).contains("活动配置文件正确").doesNotContain("⚠");
        assertThat(check(LocalDate.of(2026, 10, 1), exit)).doesNotContain("⚠");
    }
}
