package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.IssueCategory;

/**
 * The thirty-third trial's meal findings, fed as a chat on the games sample (重庆 44, 河北 36, 天津 30, 广东 37), read
 * by the real parser: a whole team leaving with its breakfast packed, whatever words lie between; a meal likened to
 * another meal of the day; the reply to a question about one meal; eating at the venue with the whole team's portions
 * packed, told to the caterer.
 */
class PackedAndLikenedMealsTest {
    private static final String DAY = "2026-11-23";
    private static final LocalDate MONDAY = LocalDate.parse(DAY);
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), DAY);

    @ParameterizedTest
    @ValueSource(strings = {"重庆明天早上7点全团走 早饭打包带走 44人 坐大巴去机场", "重庆明早7点全团走 早饭打包带走 坐大巴去机场", "重庆明天早上7点全部离开 早餐打包 44份 大巴送机场"})
    void aWholeTeamLeavingWithItsBreakfastPackedCountsBreakfastAndFilesThePacking(String text) {
        String answer = f.answerTo("chongqing", "13:40", text);

        assertThat(answer).contains("离开").contains("早餐 报餐44人").contains("【餐饮】").doesNotContain("相应取消用餐：11月24日早餐");
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "chongqing")).isEqualTo(44);
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.MEAL);
    }

    @Test
    void breakfastSaidNotUneatenButPackedIsRestoredNotCancelled() {
        f.answerTo("chongqing", "13:40", "重庆明天早饭不吃了");
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "chongqing")).isZero();

        String answer = f.answerTo("chongqing", "13:45", "早饭不是不吃 是要打包带走 44份");

        assertThat(answer).contains("早餐 报餐44人").doesNotContain("取消");
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "chongqing")).isEqualTo(44);
    }

    @Test
    void aMealLikenedToAnotherMealOfTheDayTakesThatMealsReportedFigure() {
        f.answerTo("hebei", "09:00", "河北中午33");

        String answer = f.soleAnswerTo("hebei", "13:40", "河北晚饭同中午");

        assertThat(answer).contains("晚餐 报餐33人").contains("按同日午餐已报人数（33人）记录").doesNotContain("请问");
        assertThat(f.diners(MONDAY, "DINNER", "hebei")).isEqualTo(33);
    }

    @Test
    void aFigureWithARemarkAnswersTheQuestionAboutTheMealAskedNotTheMealNamed() {
        assertThat(f.answerTo("tianjin", "13:40", "天津晚饭同中午")).contains("请问晚餐用餐的是多少人？");

        String answer = f.answerTo("tianjin", "13:42", "30 跟中午一样");

        assertThat(answer).contains("晚餐 报餐30人").doesNotContain("午餐");
        assertThat(f.diners(MONDAY, "DINNER", "tianjin")).isEqualTo(30);
    }

    @Test
    void eatingAtTheVenueWithTheWholeTeamsPortionsPackedCountsTheMealAndTellsTheCaterer() {
        String answer = f.answerTo("guangdong", "08:00", "广东中午在赛场那边吃 打包37份 晚上回来吃");

        assertThat(answer).contains("午餐 报餐37人").contains("【餐饮】广东省代表团：广东中午在赛场那边吃 打包37份（已转协调组和餐饮保障组）");
        assertThat(f.diners(MONDAY, "LUNCH", "guangdong")).isEqualTo(37);
        assertThat(f.cateringNotices())
                .anySatisfy(t -> assertThat(t).startsWith("【餐饮需求】问题#1").contains("打包37份"));
    }

    @Test
    void askingBackWhetherItWasReportedThenSayingThePackedMealIsRead() {
        String answer = f.answerTo("guangdong", "09:40", "我们不是报了吗 中午全部在赛场吃 不回酒店 打包的37份");

        assertThat(answer).contains("午餐 报餐37人").doesNotContain("没能看懂");
        assertThat(f.diners(MONDAY, "LUNCH", "guangdong")).isEqualTo(37);
    }

    @Test
    void aMealsFigureGuessedBesideAReportIsSaidNotRecordedAndTheExactFigureAsked() {
        String answer = f.answerTo("shanxi", "07:40", "山西午饭28 晚饭不确定 估计25左右");

        assertThat(answer)
                .contains("午餐 报餐28人")
                .contains("“晚饭不确定 估计25左右”是估计数，未记录；确定后请报准确人数。")
                .doesNotContain("请单独再发一条");
        assertThat(f.diners(MONDAY, "DINNER", "shanxi")).isNotEqualTo(25);
    }

    @Test
    void oneKeptBackFromARouteWhoStillEatsLunchLeavesLunchAsPlanned() {
        ConversationFixture c = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");

        String answer = c.answerTo("henan", "09:10", "河南百色6个去5个 有一个领导临时有事 中午饭还吃");

        assertThat(answer).contains("百色线 5人").doesNotContain("增加");
        assertThat(c.diners(LocalDate.parse("2026-12-09"), "LUNCH", "henan")).isEqualTo(7);
    }

    @Test
    void aChangeDeniedAfterTheFigureSetsTheFigure() {
        f.answerTo("jiangxi", "08:00", "江西中午27 +1 多了个领导");

        String answer = f.answerTo("jiangxi", "08:05", "中午还是27个 不是多一个");

        assertThat(answer).contains("午餐").doesNotContain("增加");
        assertThat(f.diners(MONDAY, "LUNCH", "jiangxi")).isEqualTo(27);
    }
}
