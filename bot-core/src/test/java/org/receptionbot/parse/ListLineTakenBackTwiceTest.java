package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;

/**
 * A pasted 接龙 line whose figure is taken back with two correction words one after another ("3. 河北 36 不对 说错了 34",
 * session 37's trial finding): the figure after them is the line's, as after one (不对 是34).
 */
class ListLineTakenBackTwiceTest {
    private final MessageParser parser = new MessageParser(TestEvents.reference());
    private static final String HEAD = "【接龙】明天早餐\n1. 北京 40\n2. 天津 30\n";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "3. 河北 36 不对 说错了 34|34",
                "3. 河北 36 不对说错了 34|34",
                "3. 河北 36 不对 说错了 是34|34",
                "3. 河北 36 哦不对 写错了 38|38",
                "3. 河北 36 不对 打错了 三十四|34",
                // one correction word, as before
                "3. 河北 36 不对 是34|34",
                // no correction: the line's figure
                "3. 河北 36|36"
            })
    void theFigureAfterTheCorrectionWordsIsTheLines(String line, int count) {
        var read = parser.parse(
                HEAD + line, OffsetDateTime.parse("2026-11-23T19:30:00+08:00").toInstant(), "hebei");

        assertThat(read.records())
                .as(line)
                .contains(new MealCount("hebei", LocalDate.of(2026, 11, 24), "BREAKFAST", count))
                .contains(new MealCount("tianjin", LocalDate.of(2026, 11, 24), "BREAKFAST", 30))
                .hasSize(3);
    }
}
