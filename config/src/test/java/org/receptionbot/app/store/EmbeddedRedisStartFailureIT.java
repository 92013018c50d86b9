package org.receptionbot.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.adapters.redis.EmbeddedRedisException;
import org.receptionbot.app.BotApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A data directory the embedded Redis cannot use stops the start with the cause and the fix in Chinese. */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedRedisStartFailureIT {

    @TempDir
    Path dir;

    private Path locked;

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void anUnwritableDataDirectoryIsNamedWithWhatToSet(CapturedOutput output) throws IOException {
        Path data = unwritableDirectory();

        assertThat(causes(catchThrowable(() -> start(data)))).hasAtLeastOneElementOfType(EmbeddedRedisException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("内置 Redis 无法启动：数据目录 " + data + " 不可写")
                .contains("reception.data-dir（环境变量 RECEPTION_DATADIR）")
                .contains("按上面的说明处理后重新启动");
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsNamed(CapturedOutput output) throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "");
        Path data = file.resolve("data");

        assertThat(causes(catchThrowable(() -> start(data)))).hasAtLeastOneElementOfType(EmbeddedRedisException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("内置 Redis 无法启动：无法创建数据目录 " + data)
                .contains("reception.data-dir");
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable t = thrown; t != null; t = t.getCause()) causes.add(t);
        return causes;
    }

    private static void start(Path data) {
        new SpringApplicationBuilder(BotApplication.class)
                .run("--reception.data-dir=" + data, "--reception.embedded-redis.port=0")
                .close();
    }

    /** A directory this process cannot create files in: one without write permission, or /sys for root. */
    private Path unwritableDirectory() throws IOException {
        locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-x------"));
        if (!canWrite(locked)) return locked;
        Path sys = Path.of("/sys"); // root ignores permissions, but sysfs refuses new files to everyone
        assumeTrue(Files.isDirectory(sys) && !canWrite(sys), "no directory this user cannot write to");
        return sys;
    }

    private static boolean canWrite(Path directory) {
        try {
            Files.delete(Files.createTempFile(directory, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
