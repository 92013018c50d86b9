package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trial 56's right answers with a needless line: a report read for tomorrow is not also refused as today's served meal
 * ("广东早餐38人" the evening before), nor a movement's figure ("3个队员今晚坐K1158过来", "走了15个 下午8个 晚上7个");
 * a word that only settles the figures beside it ("定了") is nothing left unread.
 */
class NoSpuriousLinesBesideReportsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangdong|广东早餐38人|BREAKFAST|38",
                "henan|我们报了啊😂 早饭39 其中8份打包|BREAKFAST|39",
                "gansu|甘肃明天三餐都按29报 另外我们还有3个队员今晚坐K1158过来 23点40到站 麻烦安排车接一下|DINNER|29",
            })
    void aReportForTomorrowIsNotRefusedAsToday(String team, String text, String meal, int figure) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        String answer = f.soleAnswerTo(team, "19:40", text);

        assertThat(answer).contains("11月24日").doesNotContain("该餐已开餐").doesNotContain("11月23日（周一）晚餐 报餐");
        assertThat(f.diners(DAY.plusDays(1), meal, team)).isEqualTo(figure);
    }

    @ParameterizedTest
    @CsvSource({"湖南晚饭少5人", "晚饭少5人", "晚饭加5人"})
    void aChangeReadAsTomorrowsOnceTodaysMealEndedIsNotRefusedAsToday(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        String answer = f.soleAnswerTo("hunan", "21:10", text);

        assertThat(answer).contains("11月24日").doesNotContain("该餐已开餐").doesNotContain("报餐5人");
    }

    @Test
    void aFigureOfTodaysServedMealBesideTomorrowsIsStillNamed() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        assertThat(f.soleAnswerTo("hunan", "07:30", "湖南早上吃了30个 中午还是35"))
                .contains("午餐")
                .contains("未记录：湖南省代表团 11月23日（周一）早餐 报餐30人。该餐已开餐");
    }

    @Test
    void theFiguresOfPeopleLeavingAreNoMealOfTheirs() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        assertThat(f.answerTo("shandong", "21:00", "我们今天一共走了15个 下午8个 晚上7个 现在剩26个 明天早上26个吃"))
                .doesNotContain("晚餐 报餐7人")
                .doesNotContain("该餐已开餐");
    }

    @ParameterizedTest
    @CsvSource({"广东中午32个 定了", "广东中午32个 就这样", "广东中午32个 确定了👌", "广东中午32个 不变了"})
    void aWordSettlingTheFigureIsNothingUnread(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

        assertThat(f.soleAnswerTo("guangdong", "09:55", text)).contains("报餐32人").doesNotContain("没能读出");
        assertThat(f.diners(DAY, "LUNCH", "guangdong")).isEqualTo(32);
    }

    @ParameterizedTest
    @CsvSource({"还没定", "待定", "不确定", "定了吗", "定了30个"})
    void aWordOfDoubtOrMoreIsNoSettlingWord(String part) {
        assertThat(UnreadKinds.SETTLED.matcher(part).matches()).as(part).isFalse();
    }
}
