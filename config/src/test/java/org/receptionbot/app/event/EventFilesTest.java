package org.receptionbot.app.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptionbot.event.EventReading;

class EventFilesTest {

    @Test
    void loadsTheSharedReferenceEventUnchanged() {
        EventReading reading = EventFiles.load(referenceEvent());

        assertThat(reading).isInstanceOf(EventReading.Valid.class);
        assertThat(((EventReading.Valid) reading).event().delegations()).hasSize(32);
        assertThat(((EventReading.Valid) reading).event().meals()).noneMatch(m -> m.onRequest());
    }

    @Test
    void aMealMarkedOnRequestInTheFileIsOnRequest() {
        String yaml = REFERENCE_HEAD
                + "meals:\n  - {id: LATE_NIGHT, names: [宵夜], serve: 21:30-23:00, deadline: 19:00, on_request: true}\n"
                + TAIL;

        EventReading reading = EventFiles.read("inline.yml", new StringReader(yaml));

        assertThat(((EventReading.Valid) reading)
                        .event()
                        .meal("LATE_NIGHT")
                        .orElseThrow()
                        .onRequest())
                .isTrue();
    }

    @Test
    void theSampleEventTakesLateNightOnRequestAndTheOtherMealsAsRegular() throws Exception {
        try (var in = new InputStreamReader(
                getClass().getResourceAsStream("/events/sample-event.yml"), StandardCharsets.UTF_8)) {
            var event = ((EventReading.Valid) EventFiles.read("sample-event.yml", in)).event();

            assertThat(event.meal("LATE_NIGHT").orElseThrow().onRequest()).isTrue();
            assertThat(event.meal("LUNCH").orElseThrow().onRequest()).isFalse();
        }
    }

    @Test
    void anOnRequestValueThatIsNotTrueOrFalseIsListedWithItsPlace() {
        String yaml = REFERENCE_HEAD
                + "meals:\n  - {id: LATE_NIGHT, names: [宵夜], serve: 21:30-23:00, deadline: 19:00, on_request: 是}\n"
                + TAIL;

        EventReading reading = EventFiles.read("inline.yml", new StringReader(yaml));

        assertThat(((EventReading.Invalid) reading).describe())
                .contains("meals[0]（LATE_NIGHT）.on_request", "应为 true 或 false", "是");
    }

    /** The shared reference file beside the checkout when present, else the project's copy of it. */
    private static Path referenceEvent() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("shared/corpus/event.yml");
            if (Files.isRegularFile(shared)) {
                return shared;
            }
        }
        return Path.of("../bot-core/src/test/resources/events/reference-event.yml");
    }

    @Test
    void readsUnquotedClockTimesAsTimesNotBaseSixtyNumbers() {
        String yaml =
                REFERENCE_HEAD + "meals:\n  - {id: LUNCH, names: [午餐], serve: 11:30-13:30, deadline: 10:00}\n" + TAIL;

        EventReading reading = EventFiles.read("inline.yml", new StringReader(yaml));

        assertThat(reading).isInstanceOf(EventReading.Valid.class);
        var lunch = ((EventReading.Valid) reading).event().meal("LUNCH").orElseThrow();
        assertThat(lunch.deadline().time()).isEqualTo(LocalTime.of(10, 0));
        assertThat(lunch.serveTo()).isEqualTo(LocalTime.of(13, 30));
    }

    @Test
    void aTabIndentIsExplainedInChineseWithItsLine() {
        String yaml = "event:\n\tname: 运动会\n";

        EventReading reading = EventFiles.read("tab.yml", new StringReader(yaml));

        assertThat(((EventReading.Invalid) reading).describe()).contains("第 2 行", "不能用制表符（Tab）缩进，请改用空格", "TAB");
    }

    @Test
    void aMissingFileIsOneProblemNamingIt() {
        EventReading reading = EventFiles.load(Path.of("no-such-event.yml"));

        assertThat(((EventReading.Invalid) reading).describe()).contains("no-such-event.yml", "找不到该文件", "当前目录");
    }

    @Test
    void aGbkFileNamesTheFirstLineThatIsNotUtf8AndHowToConvertIt(@TempDir Path dir) throws Exception {
        Path gbk = dir.resolve("event-gbk.yml");
        Files.write(gbk, Files.readString(referenceEvent()).getBytes(Charset.forName("GBK")));

        EventReading reading = EventFiles.load(gbk);

        assertThat(((EventReading.Invalid) reading).problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("第 " + firstNonAsciiLine(referenceEvent()) + " 行");
            assertThat(p.message())
                    .contains("不是 UTF-8 编码", "另存为 UTF-8", "iconv")
                    .doesNotContain("Exception");
        });
    }

    @Test
    void aUtf8FileWithNotepadsByteOrderMarkLoads(@TempDir Path dir) throws Exception {
        Path marked = dir.resolve("event-bom.yml");
        Files.writeString(marked, "\uFEFF" + Files.readString(referenceEvent()));

        assertThat(EventFiles.load(marked)).isInstanceOf(EventReading.Valid.class);
    }

    @Test
    void aDirectoryIsNotAnEventFile(@TempDir Path dir) {
        EventReading reading = EventFiles.load(dir);

        assertThat(((EventReading.Invalid) reading).describe()).contains("这是一个目录，不是文件");
    }

    private static int firstNonAsciiLine(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).chars().anyMatch(c -> c > 127)) return i + 1;
        throw new AssertionError("no Chinese in " + file);
    }

    @Test
    void brokenYamlNamesTheLine() {
        EventReading reading = EventFiles.read("bad.yml", new StringReader("event:\n  name: [未闭合\n"));

        assertThat(((EventReading.Invalid) reading).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.entry()).startsWith("第 "));
    }

    private static final String REFERENCE_HEAD =
            "event: {name: 测试, timezone: Asia/Shanghai, start: 2026-11-18, end: 2026-11-20}\n";
    private static final String TAIL = "venues: [{id: v, name: 餐厅, capacity: 10}]\nhotels: [{id: h, name: 宾馆}]\n"
            + "delegations: [{id: d, name: 湖南省代表团, aliases: [湖南], size: 3, hotel: h, venue: v}]\n";
}
