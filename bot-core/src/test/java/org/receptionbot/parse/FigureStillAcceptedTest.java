package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;

/**
 * A meal's own figure with the question whether it is still accepted right after it ("黑龙江中午31个人还能报吗",
 * "安徽中午二十五个还来得及吗"): the figure is reported ({@link FigureAskedOk}). A change asked for, a vague figure or a
 * question with no figure stays unrecorded.
 */
class FigureStillAcceptedTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "heilongjiang|不好意思晚了几分钟，黑龙江中午31个人还能报吗🙏|heilongjiang|LUNCH|31",
                "anhui|不好意思报晚了 安徽中午二十五个还来得及吗🙏|anhui|LUNCH|25",
                "''|湖南晚饭30人还能报吗|hunan|DINNER|30",
                "''|贵州的晚上四十五个 还能报不|guizhou|DINNER|45",
                "hubei|过点了 中午58个还可以报吗|hubei|LUNCH|58",
                "''|四川宵夜二十个人还来得及吗？|sichuan|LATE_NIGHT|20"
            })
    void theFigureIsReportedBesideTheQuestion(String sender, String text, String team, String meal, int count) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).containsExactly(new MealCount(team, TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|晚饭还能报吗", "hunan|晚饭十几个人还能报吗", "hunan|宵夜还来得及吗", "''|现在还能报吗 几点截止"})
    void noFigureOfTheMealRecordsNothing(String sender, String text) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read.records()).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南晚饭加3个还能报吗", "hunan|中午少两个人还来得及吗"})
    void aChangeAskedForStaysAQuestion(String sender, String text) {
        ParseOutcome read = AT.read(text, sender);

        assertThat(read.records()).as(text).isEmpty();
    }
}
