package org.receptionbot.app.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.receptionbot.app.JarRun;
import org.receptionbot.summary.Texts;

/**
 * The packaged jar's sandbox on a bundled sample event (laid around today), as a new user runs it:
 * lines typed in, the transcript out, split into the answer to each line. Registered with
 * {@code @RegisterExtension}, it gives each test a fresh directory that its sessions share (the
 * data directory survives from one session to the next, as after a restart) and deletes it after.
 */
final class JarSandbox implements BeforeEachCallback, AfterEachCallback {

    /** The prompt the sandbox prints before reading each line. */
    private static final Pattern PROMPT = Pattern.compile("\\[[^\\[\\]\\n]*] > ");
    /** The setting that runs the conference sample instead of the sports one. */
    static final List<String> CONFERENCE = List.of("--reception.sample=conference");

    private static final DateTimeFormatter MD = DateTimeFormatter.ofPattern("MM-dd");

    private Path dir;

    /** Today in the sample event's zone: the day the sample event is laid around. */
    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** 11月30日（周一） */
    static String day(LocalDate date) {
        return Texts.day(date);
    }

    /** 11-30, the date as {@code :time} and {@code /export} take it. */
    static String md(LocalDate date) {
        return date.format(MD);
    }

    /** {@code :time 11-30 09:00}: the line that moves the sandbox's clock to {@code hhmm} on {@code date}. */
    static String time(LocalDate date, String hhmm) {
        return ":time " + md(date) + " " + hhmm;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("jar-sandbox");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(JarSandbox::delete);
        }
    }

    /** Runs one session of {@code lines} on the sports sample. */
    Transcript run(List<String> lines) throws IOException, InterruptedException {
        return run(lines, List.of());
    }

    /** Runs one session of {@code lines} with more settings ({@link #CONFERENCE}). */
    Transcript run(List<String> lines, List<String> settings) throws IOException, InterruptedException {
        return run(dir, lines, settings);
    }

    /** Runs one session in {@code name}, a directory of its own under this test's. */
    Transcript runIn(String name, List<String> lines, List<String> settings) throws IOException, InterruptedException {
        return run(Files.createDirectories(dir.resolve(name)), lines, settings);
    }

    /** Runs one session of {@code lines} in {@code dir}, for a test that keeps its own directory. */
    static Transcript run(Path dir, List<String> lines) throws IOException, InterruptedException {
        return run(dir, lines, List.of());
    }

    /** Runs one session of {@code lines} with more settings in {@code dir}. */
    static Transcript run(Path dir, List<String> lines, List<String> settings)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(
                "--reception.data-dir=" + dir.resolve("data"),
                "--reception.embedded-redis.port=0",
                "--reception.weather.provider=none"));
        arguments.addAll(settings);
        JarRun run = JarRun.run(dir, String.join("\n", lines) + "\n:quit\n", arguments);
        return new Transcript(lines, run.out());
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the sandbox printed for a session of {@code lines}. */
    record Transcript(List<String> lines, String out) {
        /** What the bot and the sandbox printed after line {@code i} (from 0) was typed, up to the next prompt. */
        String answer(int i) {
            String[] parts = PROMPT.split(out, -1);
            if (parts.length < lines.size() + 1)
                throw new AssertionError("the session stopped early (" + parts.length + " prompts):\n" + out);
            return parts[i + 1];
        }

        /** The answer to the last line equal to {@code line}. */
        String answerTo(String line) {
            int i = lines.lastIndexOf(line);
            if (i < 0) throw new IllegalArgumentException("not typed: " + line);
            return answer(i);
        }

        /** The session as a terminal with echo shows it: each prompt followed by what was typed. */
        List<String> echoed() {
            var m = PROMPT.matcher(out);
            StringBuilder s = new StringBuilder();
            int last = 0;
            int i = 0;
            while (m.find()) {
                s.append(out, last, m.end());
                if (i < lines.size()) s.append(lines.get(i++)).append('\n');
                last = m.end();
            }
            s.append(out.substring(last));
            return new ArrayList<>(s.toString().lines().toList());
        }
    }
}
