package org.receptionbot.app.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse mode as the records contract describes it: JSON lines in, one result per line out, in order. */
class ParseModeTest {
    private static final Path EVENT =
            Path.of("..", "bot-core", "src", "test", "resources", "events", "reference-event.yml");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... args) {
        return ParseMode.run(
                args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void answersEveryLineInOrderAndAMalformedLineWithAnError() {
        String in = """
                {"id":"a","now":"2026-11-22T14:10:00+08:00","sender":"hunan","text":"晚饭少5人"}
                not json at all
                {"id":"c","now":"yesterday","sender":null,"text":"收到"}
                {"id":"d","now":"2026-11-22T14:10:00+08:00","sender":null,"text":"收到"}
                """;

        int exit = run(in, "parse", "--event", EVENT.toString());

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(exit).isZero();
        assertThat(lines).hasSize(4);
        assertThat(lines[0])
                .isEqualTo("{\"id\":\"a\",\"records\":[{\"type\":\"MEAL_CANCEL\",\"delegation\":\"hunan\","
                        + "\"date\":\"2026-11-22\",\"meal\":\"DINNER\",\"count\":5}]}");
        assertThat(lines[1]).startsWith("{\"id\":null,\"error\":\"not a JSON object");
        assertThat(lines[2]).startsWith("{\"id\":\"c\",\"error\":");
        assertThat(lines[3]).isEqualTo("{\"id\":\"d\",\"records\":[]}");
    }

    @Test
    void readsAndWritesFilesAndScoresACorpus() throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, """
                {"id":"1","now":"2026-11-22T09:30:00+08:00","sender":"hunan","text":"今天中午我们团35人吃饭","expect":[{"type":"MEAL_COUNT","delegation":"hunan","date":"2026-11-22","meal":"LUNCH","count":35}]}
                {"id":"2","now":"2026-11-22T09:30:00+08:00","sender":null,"text":"收到","expect":[{"type":"ISSUE","category":"OTHER","delegation":null}]}
                """);
        Path results = dir.resolve("out.jsonl");

        assertThat(run("", "parse", "--event", EVENT.toString(), "--in", cases.toString(), "--out", results.toString()))
                .isZero();
        assertThat(Files.readAllLines(results)).hasSize(2);

        assertThat(run("", "parse", "--event", EVENT.toString(), "--eval", cases.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("FAIL 2")
                .contains("missing  [ISSUE, OTHER, null]")
                .contains("messages 2  exact 1/2 = 0.500")
                .contains("records  precision 1.000  recall 0.500");
    }

    @Test
    void unusableArgumentsOrEventFileExitWithTwo() {
        assertThat(run("", "parse")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--event");
        assertThat(run("", "parse", "--event", dir.resolve("missing.yml").toString()))
                .isEqualTo(2);
    }
}
