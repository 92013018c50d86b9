package org.receptionbot.app.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse mode as the records contract describes it: JSON lines in, one result per line out, in order. */
class ParseModeTest {
    static final Path EVENT = Path.of("..", "bot-core", "src", "test", "resources", "events", "reference-event.yml");
    static final Path CONFERENCE =
            Path.of("..", "bot-core", "src", "test", "resources", "events", "reference-conference.yml");
    private static final Charset GBK = Charset.forName("GBK");

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(byte[] stdin, String... args) {
        return ParseMode.run(
                args,
                new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    private String[] lines() {
        return out.toString(StandardCharsets.UTF_8).split("\n");
    }

    @Test
    void answersEveryLineInOrderAndAMalformedLineWithItsNumberInChinese() throws IOException {
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes("""
                {"id":"a","now":"2026-11-22T14:10:00+08:00","sender":"hunan","text":"晚饭少5人"}
                not json at all

                {"id":"c","now":"yesterday","sender":null,"text":"收到"}
                {"id":"d","now":"2026-11-22T14:10:00+08:00","sender":null,"text":"收到"}
                {"id":"e","now":"2026-11-22T14:10:00+08:00","sender":"hunan"}
                """.getBytes(StandardCharsets.UTF_8));
        in.writeBytes("{\"id\":\"f\",\"now\":\"2026-11-22T14:10:00+08:00\",\"text\":\"晚饭少5人\"}\r\n".getBytes(GBK));

        int exit = run(in.toByteArray(), "parse", "--event", EVENT.toString());

        String[] lines = lines();
        assertThat(exit).isZero();
        assertThat(lines).hasSize(6);
        assertThat(lines[0])
                .isEqualTo("{\"id\":\"a\",\"records\":[{\"type\":\"MEAL_CANCEL\",\"delegation\":\"hunan\","
                        + "\"date\":\"2026-11-22\",\"meal\":\"DINNER\",\"count\":5}]}");
        assertThat(lines[1]).startsWith("{\"id\":null,\"error\":\"第2行：不是有效的 JSON：");
        assertThat(lines[2]).startsWith("{\"id\":\"c\",\"error\":\"第4行：\\\"now\\\" 不是带时差的 ISO 时间");
        assertThat(lines[3]).isEqualTo("{\"id\":\"d\",\"records\":[]}");
        assertThat(lines[4]).startsWith("{\"id\":\"e\",\"error\":\"第6行：缺少消息文字");
        assertThat(lines[5]).startsWith("{\"id\":\"f\",\"error\":\"第7行：不是 UTF-8 编码");
    }

    @Test
    void answersEachLineBeforeTheNextArrivesSoItCanSitBehindAPipe() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        PipedInputStream answers = new PipedInputStream();
        PrintStream stdout = new PrintStream(new PipedOutputStream(answers), true, StandardCharsets.UTF_8);
        Thread mode = new Thread(() -> ParseMode.run(
                new String[] {"parse", "--event", EVENT.toString()}, stdin, stdout, new PrintStream(err)));
        mode.start();
        BufferedReader reader = new BufferedReader(new InputStreamReader(answers, StandardCharsets.UTF_8));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            feed.write("{\"id\":\"1\",\"now\":\"2026-11-22T14:10:00+08:00\",\"sender\":null,\"text\":\"收到\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            feed.flush();
            assertThat(reader.readLine()).isEqualTo("{\"id\":\"1\",\"records\":[]}");
        });
        feed.close();
        mode.join();
    }

    @Test
    void echoesANumericIdAsANumber() {
        run(
                "{\"id\":17,\"now\":\"2026-11-22T14:10:00Z\",\"sender\":null,\"text\":\"收到\"}\n",
                "parse",
                "--event",
                EVENT.toString());

        assertThat(lines()).containsExactly("{\"id\":17,\"records\":[]}");
    }

    @Test
    void asksBesideTheRecordsWhereTheBotWouldAskAndNeverOnTalk() {
        String in = """
                {"id":"who","now":"2026-11-22T14:10:00+08:00","sender":null,"text":"晚饭少5人"}
                {"id":"far","now":"2026-11-22T09:10:00+08:00","sender":"hunan","text":"中午加50人，晚上加2人"}
                {"id":"talk","now":"2026-11-22T09:10:00+08:00","sender":"hunan","text":"收到，谢谢"}
                """;

        run(in, "parse", "--event", EVENT.toString());

        String[] lines = lines();
        assertThat(lines[0])
                .contains(
                        "{\"type\":\"MEAL_CANCEL\",\"delegation\":null,\"date\":\"2026-11-22\",\"meal\":\"DINNER\",\"count\":5}")
                .contains("\"ask\":[{\"missing\":\"DELEGATION\",\"statement\":\"晚饭少5人\"}]");
        assertThat(lines[1])
                .contains("\"meal\":\"LUNCH\",\"count\":50}", "\"meal\":\"DINNER\",\"count\":2}")
                .endsWith(",\"ask\":[{\"missing\":\"CONFIRM\",\"statement\":\"中午加50人，晚上加2人\"}]}");
        assertThat(lines[2]).isEqualTo("{\"id\":\"talk\",\"records\":[]}");
    }

    @Test
    void writesVisitsAndVisitChangesWithTheirFieldsAndAsksForAMissingRoute() {
        String in = """
                {"id":"v","now":"2026-12-08T11:02:00+08:00","sender":"hunan","text":"北海线3人，全团都去柳州"}
                {"id":"c","now":"2026-12-08T16:20:00+08:00","sender":"shandong","text":"李处由百色改去柳州，有2人不去考察了"}
                {"id":"r","now":"2026-12-08T16:20:00+08:00","sender":"hunan","text":"我们报名考察3人"}
                """;

        run(in, "parse", "--event", CONFERENCE.toString());

        String[] lines = lines();
        assertThat(lines[0])
                .isEqualTo(
                        "{\"id\":\"v\",\"records\":[{\"type\":\"VISIT\",\"delegation\":\"hunan\",\"route\":\"beihai\","
                                + "\"count\":3},{\"type\":\"VISIT\",\"delegation\":\"hunan\",\"route\":\"liuzhou\",\"count\":null}]}");
        assertThat(lines[1])
                .contains(
                        "{\"type\":\"VISIT_CHANGE\",\"delegation\":\"shandong\",\"count\":1,\"from\":\"baise\",\"to\":\"liuzhou\"}")
                .contains(
                        "{\"type\":\"VISIT_CHANGE\",\"delegation\":\"shandong\",\"count\":2,\"from\":null,\"to\":null}");
        assertThat(lines[2]).endsWith("\"ask\":[{\"missing\":\"ROUTE\",\"statement\":\"我们报名考察3人\"}]}");
    }

    @Test
    void readsAndWritesFilesAndScoresACorpusWithSilentMissesAndQuestionsOnTalk() throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(cases, """
                {"id":"1","now":"2026-11-22T09:30:00+08:00","sender":"hunan","text":"今天中午我们团35人吃饭","expect":[{"type":"MEAL_COUNT","delegation":"hunan","date":"2026-11-22","meal":"LUNCH","count":35}]}
                {"id":"2","now":"2026-11-22T09:30:00+08:00","sender":null,"text":"收到","expect":[{"type":"ISSUE","category":"OTHER","delegation":null}]}
                {"id":"3","now":"2026-11-22T09:30:00+08:00","sender":"hunan","text":"今天中午200人","expect":[]}
                """);
        Path results = dir.resolve("out.jsonl");

        assertThat(run("", "parse", "--event", EVENT.toString(), "--in", cases.toString(), "--out", results.toString()))
                .isZero();
        assertThat(Files.readAllLines(results)).hasSize(3);

        assertThat(run("", "parse", "--event", EVENT.toString(), "--eval", cases.toString()))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("FAIL 2")
                .contains("missing  [ISSUE, OTHER, null]")
                .contains("ask      [{\"missing\":\"CONFIRM\"")
                .contains("messages 3  exact 1/3 = 0.333")
                .contains("records  precision 0.500  recall 0.500")
                .contains("no-record messages 1, given a record anyway 1, asked about 1")
                .contains("messages with records or a question due 2, silent misses 1 = 0.500");
    }

    @Test
    void benchPassesOverTheWholeFileEachRound() throws IOException {
        Path cases = Files.writeString(dir.resolve("cases.jsonl"), """
                {"id":"1","now":"2026-11-22T09:30:00+08:00","sender":"hunan","text":"今天中午35人"}

                {"id":"2","now":"2026-11-22T09:30:00+08:00","sender":null,"text":"收到"}
                """);

        assertThat(run("", "parse", "--event", EVENT.toString(), "--in", cases.toString(), "--bench", "2"))
                .isZero();

        assertThat(lines())
                .hasSize(2)
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("第1轮 / round 1: 2 行"),
                        second -> assertThat(second).startsWith("第2轮 / round 2: 2 行"));
    }

    @Test
    void unusableArgumentsExitWithTwoAndSayWhyInChinese() {
        assertThat(run("", "parse")).isEqualTo(2);
        assertThat(run("", "parse", "--event", EVENT.toString(), "--color", "red"))
                .isEqualTo(2);
        assertThat(run(
                        "",
                        "parse",
                        "--event",
                        EVENT.toString(),
                        "--in",
                        dir.resolve("none.jsonl").toString()))
                .isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("需要用 --event 指定活动配置文件")
                .contains("未知参数 / unknown option: --color")
                .contains("无法打开文件 " + dir.resolve("none.jsonl") + "：文件或目录不存在");
    }

    @Test
    void anEventFileThatIsMissingOrNotUtf8ExitsWithTwoAndSaysWhatToDo() throws IOException {
        Path gbk = dir.resolve("event-gbk.yml");
        Files.write(gbk, Files.readString(EVENT).getBytes(GBK));

        assertThat(run("", "parse", "--event", dir.resolve("missing.yml").toString()))
                .isEqualTo(2);
        assertThat(run("", "parse", "--event", gbk.toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("missing.yml", "找不到该文件")
                .contains("event-gbk.yml", "不是 UTF-8 编码", "另存为")
                .doesNotContain("Exception");
    }
}
