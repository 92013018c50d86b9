package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A meal's figure said with what the kitchen should do for it ("宁夏中午31人 还是麻烦按清真单独备一下", "广东…麻烦留饭
 * 三十七个人") is the meal's report: the figure is never lost to a problem, and a routine diet or arrangement asked
 * for with no fault is no problem of its own; a fault said beside the figure stays a problem too.
 */
class MealFigureBesideKitchenRequestTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T09:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ningxia|宁夏中午31人 还是麻烦按清真单独备一下哈 谢谢🙏|MEAL_COUNT LUNCH 31",
                "ningxia|宁夏明早31人清真|MEAL_COUNT BREAKFAST 31",
                "xinjiang|新疆今晚45个 全部清真 老规矩单独一桌|MEAL_COUNT DINNER 45",
                "gansu|甘肃中午29人 素食的还是老样子|MEAL_COUNT LUNCH 29"
            })
    void theStandingDietBesideTheFigureIsPartOfTheReport(String sender, String text, String expected) {
        assertThat(described(PARSER.read(text, sender).contractRecords()))
                .as(text)
                .containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|湖北中午40个 有两个素食 麻烦单独做一下|MEAL_COUNT LUNCH 40",
                "zhejiang|浙江晚饭33人 其中3个吃素的 麻烦跟餐厅说一声|MEAL_COUNT DINNER 33",
                "shaanxi|陕西明早26人 有个队员是回族 需要清真餐|MEAL_COUNT BREAKFAST 26"
            })
    void aDietAskedForBesideTheFigureIsBothReportAndRequest(String sender, String text, String expected) {
        assertThat(described(PARSER.read(text, sender).contractRecords()))
                .as(text)
                .containsExactlyInAnyOrder(expected, "ISSUE MEAL");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ningxia|宁夏有8个回族同胞需要清真餐 麻烦餐厅确认一下",
                "zhejiang|我们浙江有3位同志吃素，麻烦餐厅单独准备素食",
                "gansu|甘肃有两个队员不吃猪肉 晚上能不能单独做一点",
                "jiangxi|江西的晚饭就剩米饭了 二十个人根本吃不饱",
                "bingtuan|兵团 午饭能不能给留一份素的 有个队员吃素"
            })
    void theDietsPeopleOrAFaultAreNoMealFigure(String sender, String text) {
        assertThat(described(PARSER.read(text, sender).contractRecords()))
                .as(text)
                .containsExactly("ISSUE MEAL");
    }

    private static List<String> described(List<Record> records) {
        return records.stream()
                .map(r -> r instanceof MealCount m
                        ? "MEAL_COUNT " + m.meal() + " " + m.count()
                        : r instanceof Issue i ? "ISSUE " + i.category() : r.type())
                .toList();
    }
}
