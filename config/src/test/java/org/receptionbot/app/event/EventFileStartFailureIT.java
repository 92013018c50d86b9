package org.receptionbot.app.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.app.BotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An event file the bot cannot use stops the start with the cause and the fix in Chinese, never an exception's name. */
@ExtendWith(OutputCaptureExtension.class)
class EventFileStartFailureIT {

    @TempDir
    Path dir;

    @Test
    void aMissingEventFileIsNamedWithTheDirectoryItWasLookedFor(CapturedOutput output) {
        Path missing = dir.resolve("evnet.yml");

        assertThatThrownBy(() -> start(missing)).hasRootCauseInstanceOf(InvalidEventFileException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains(missing.toString(), "找不到该文件", "当前目录")
                .contains("RECEPTION_EVENTFILE");
    }

    @Test
    void aGbkEventFileSaysItIsNotUtf8AndHowToConvertIt(CapturedOutput output) throws IOException {
        Path gbk = dir.resolve("event-gbk.yml");
        try (InputStream in = getClass().getResourceAsStream("/events/sample-event.yml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Files.write(gbk, yaml.getBytes(Charset.forName("GBK")));
        }

        assertThatThrownBy(() -> start(gbk)).hasRootCauseInstanceOf(InvalidEventFileException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains(gbk.toString(), "不是 UTF-8 编码", "另存为 UTF-8")
                .doesNotContain("MalformedInputException");
    }

    private void start(Path event) {
        new SpringApplicationBuilder(BotApplication.class)
                .run(
                        "--reception.event-file=" + event,
                        "--reception.data-dir=" + dir.resolve("data"),
                        "--reception.embedded-redis.port=0")
                .close();
    }
}
