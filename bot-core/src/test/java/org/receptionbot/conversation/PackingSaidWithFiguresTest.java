package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.summary.PackedOrder;

/**
 * Trial 62: packed meals lost or changed under a confident 已记录. A whole team's packing said with its figure and no
 * 份 ("贵州明早50 打包"); the hour and place the portions are brought to after the packing ("打包34份 11点半送到体育馆
 * 晚上34"); a 接龙's packing lines, each its own team's order with no hour of the list's header ("10点前接龙"); no one
 * seated beside the portions ("其余在赛场吃", "堂食0"); and the seated meal called off because the team eats away with
 * its portions ("中午我们餐厅一个人都不吃 全在赛场"): the order stands.
 */
class PackingSaidWithFiguresTest {
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    private List<PackedOrder> orders(LocalDate day, String meal) {
        return f.core.meals.packed(day, f.core.event.meal(meal).orElseThrow());
    }

    private int portions(LocalDate day, String meal, String delegation) {
        return orders(day, meal).stream()
                .filter(o -> o.delegation().equals(delegation))
                .mapToInt(PackedOrder::portions)
                .sum();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guizhou|贵州明早50 打包 7点要到赛场|50",
                "chongqing|重庆明早44打包|44",
                "hebei|河北明天早饭36全都要打包|36",
                "hebei|河北明早36个打包 6点半出发|36",
                "guizhou|贵州明天早上打包50|50"
            })
    void aWholeTeamsPackingSaidWithItsFigureIsOrdered(String sender, String text, int portions) {
        f.answerTo(sender, "19:00", text);

        assertThat(portions(MONDAY.plusDays(1), "BREAKFAST", sender)).as(text).isEqualTo(portions);
        assertThat(f.cateringNotices()).as(text).anySatisfy(n -> assertThat(n).contains("早餐打包" + portions + "份"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "江苏明天早饭34 中午打包34份带去赛场 晚饭34|LUNCH|BREAKFAST",
                "江苏明天早饭34 中午的打包 34份 晚上34|LUNCH|BREAKFAST",
                "江苏明天中午34 早上打包34份 6点出发|BREAKFAST|LUNCH",
                "江苏明天早饭打包34份 中午34 晚饭34|BREAKFAST|LUNCH"
            })
    void thePartOfTheDayRightBeforeThePackingNamesItsMeal(String text, String packed, String seated) {
        f.answerTo("jiangsu", "19:00", text);

        assertThat(portions(MONDAY.plusDays(1), packed, "jiangsu")).as(text).isEqualTo(34);
        assertThat(portions(MONDAY.plusDays(1), seated, "jiangsu")).as(text).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"贵州明早50 打包5份", "贵州明早50 其中打包5份"})
    void portionsSaidBesideTheFigureStayThePortions(String text) {
        f.answerTo("guizhou", "19:00", text);

        assertThat(portions(MONDAY.plusDays(1), "BREAKFAST", "guizhou"))
                .as(text)
                .isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"贵州明早50", "贵州明早50 7点打包的事再说", "贵州明早50 3号车 打包"})
    void noFigureSaidWithThePackingOrdersNothing(String text) {
        f.say("guizhou", "19:00", text);

        assertThat(orders(MONDAY.plusDays(1), "BREAKFAST")).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"江苏今天中午全队在赛场吃 打包34份 11点半送到体育馆 晚上34", "江苏中午打包34份 11点半送过来 晚上34", "江苏中午在赛场吃 打包34份 12点前送到体育馆 晚饭34"})
    void theDeliveryAfterThePackingIsThePackingsAndTheNextMealIsRead(String text) {
        String answer = f.answerTo("jiangsu", "08:00", text);

        assertThat(answer).as(text).doesNotContain("没能看懂").doesNotContain("到达").doesNotContain("取消全团");
        assertThat(portions(MONDAY, "LUNCH", "jiangsu")).as(text).isEqualTo(34);
        assertThat(orders(MONDAY, "LUNCH").get(0).hour()).as(text).isNotNull();
        assertThat(f.diners(MONDAY, "DINNER", "jiangsu")).as(text).isEqualTo(34);
        assertThat(f.movementsOf("jiangsu")).as(text).isEmpty();
    }

    @Test
    void aListsPackingLinesAreEachTeamsOrderWithoutTheHeadersDeadline() {
        f.answerTo("tian", "08:10", "接龙 11月23日午餐人数 10点前接龙\n1. 黑龙江31\n2. 海南 打包20份 其余在赛场吃\n3. 广东 37 其中5个打包");

        assertThat(portions(MONDAY, "LUNCH", "hainan")).isEqualTo(20);
        assertThat(portions(MONDAY, "LUNCH", "guangdong")).isEqualTo(5);
        assertThat(portions(MONDAY, "LUNCH", "heilongjiang")).isZero();
        assertThat(orders(MONDAY, "LUNCH")).allSatisfy(o -> assertThat(o.hour()).isNull());
        assertThat(f.diners(MONDAY, "LUNCH", "hainan"))
                .as("no one of 海南 seated")
                .isEqualTo(20);
        assertThat(f.diners(MONDAY, "LUNCH", "guangdong")).isEqualTo(37);
        assertThat(f.cateringNotices()).noneSatisfy(n -> assertThat(n).contains("10点前"));
    }

    @Test
    void aPackingHourSaidInItsOwnMessageIsKept() {
        f.answerTo("hainan", "08:10", "海南中午打包20份 11点前送到赛场");

        assertThat(orders(MONDAY, "LUNCH"))
                .singleElement()
                .satisfies(o -> assertThat(o.hour()).isEqualTo("11点前"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"海南中午打包20份 其余在赛场吃", "海南中午全部在赛场吃 打包20份送过去 堂食0", "海南中午打包20份 剩下的不回来吃", "海南中午打包20份 其他人在训练馆吃"})
    void noOneSeatedBesideThePortionsMakesThemTheCount(String text) {
        f.answerTo("hainan", "08:10", text);

        assertThat(portions(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(20);
        assertThat(f.diners(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"海南中午打包20份", "海南中午打包20份 其余在餐厅吃", "海南中午打包20份 其余的照常"})
    void theRestSeatedOrUnsaidStayAtTheRestaurant(String text) {
        f.answerTo("hainan", "08:10", text);

        assertThat(portions(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(20);
        assertThat(f.diners(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(24);
    }

    @ParameterizedTest
    @ValueSource(strings = {"海南中午打包20份 其余的回酒店吃", "海南中午要打包20份 剩下的都回来吃", "海南中午打包20份 其他人在餐厅吃", "海南中午打包20份 其余照常"})
    void theRestSaidSeatedMakesTheMealReported(String text) {
        f.answerTo("hainan", "08:10", text);

        assertThat(portions(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(20);
        assertThat(f.diners(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(24);
        assertThat(reported(MONDAY, "LUNCH", "hainan")).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"海南中午打包20份", "海南中午打包20份 11点前送到赛场", "海南中午打包20份 剩下的还不确定"})
    void aPackingAloneLeavesTheMealUnreported(String text) {
        f.answerTo("hainan", "08:10", text);

        assertThat(portions(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(20);
        assertThat(reported(MONDAY, "LUNCH", "hainan")).as(text).isFalse();
    }

    private boolean reported(LocalDate day, String meal, String delegation) {
        return f.core.meals
                .count(day, f.core.event.meal(meal).orElseThrow(), delegation)
                .reported();
    }

    @ParameterizedTest
    @ValueSource(strings = {"中午我们餐厅一个人都不吃 全在赛场", "中午全队在体育馆吃 不回来了", "海南中午都在赛场 餐厅不用准备了"})
    void theSeatedMealCalledOffForTheVenueKeepsThePacking(String text) {
        f.answerTo("hainan", "08:10", "海南中午打包20份 11点前送到赛场");
        f.answerTo("hainan", "08:30", text);

        assertThat(portions(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(20);
        assertThat(f.diners(MONDAY, "LUNCH", "hainan")).as(text).isEqualTo(20);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中午不吃了", "海南中午全在赛场 不用打包了"})
    void theMealOrThePackingCalledOffStillTakesTheOrder(String text) {
        f.answerTo("hainan", "08:10", "海南中午打包20份 11点前送到赛场");
        f.answerTo("hainan", "08:30", text);

        assertThat(orders(MONDAY, "LUNCH")).as(text).isEmpty();
    }
}
