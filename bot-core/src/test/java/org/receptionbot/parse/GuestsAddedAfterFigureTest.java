package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure, then people who are not of the delegation added on top with their own figure ("晚宴12人 再加司机2人"):
 * the meal's count and the addition, two records; a total of both, a denial or a question keeps the one reading.
 */
class GuestsAddedAfterFigureTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T08:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangxi|广西晚饭12人 再加司机2人|DINNER|12|2",
                "guangxi|广西中午12人 司机另加2个|LUNCH|12|2",
                "chongqing|重庆晚饭44 司机两个另外加|DINNER|44|2",
                "jiangsu|江苏晚上嗯 三十四 都吃 还要加两个裁判老师 他们跟我们一起|DINNER|34|2",
                "hunan|湖南剩下那2个午饭要吃 再加司机1个|LUNCH|2|1",
                "hubei|湖北晚饭30人 加2个记者|DINNER|30|2",
                "shandong|山东中午40人 另外加3个家属|LUNCH|40|3",
                "fujian|福建晚餐二十八个 再加三位嘉宾|DINNER|28|3"
            })
    void theFigureThenGuestsAddedAreTheCountAndTheAddition(
            String sender, String text, String meal, int count, int added) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCount(sender, TODAY, meal, count), new MealAdd(sender, TODAY, meal, added));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|湖北晚饭52个 加两个司机 一共54个|DINNER|54",
                "hubei|湖北晚饭30 再加2|DINNER|32",
                "hubei|湖北晚饭30人 司机能加吗|DINNER|30",
                "hubei|湖北晚饭30人 含两个司机|DINNER|30",
                "henan|河南晚饭总共41个 加了两个司机|DINNER|41"
            })
    void aTotalAQuestionOrAPartStaysOneCount(String sender, String text, String meal, int count) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealCount(sender, TODAY, meal, count));
    }
}
