package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trials 61 and 62: what is said as a packed order is acknowledged, closed or called off. Acknowledging or closing it
 * with food words or none is the normal course (no note of a slipped number); a fault's words under its number are
 * noted. "不用打包了" calls the order off, to the caterer as that, not as a new order to arrange. A packing beside the
 * standing figure of a meal already served says the figure is unchanged, not 未记录.
 */
class PackedOrderStepsTest {
    private static final String NOTE = "不是住宿、车辆等故障问题";
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/ack 1 已通知餐厅 11点半前送到赛场",
                "/done 1 盒饭已送到",
                "/done 1 已打包",
                "/done 1 海南打包已送",
                "1号问题收到 海南20份打包照做",
                "1号问题处理好了",
                "/ack 1"
            })
    void aPackedOrderMovedOnInFoodWordsOrNoneHasNoNote(String step) {
        f.answerTo("hainan", "08:00", "海南中午打包20份 11点前送到赛场");

        String answer = f.answerTo("tian", "08:30", step);

        assertThat(answer).as(step).contains("问题#1（打包订餐）").doesNotContain(NOTE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/done 1 热水已修好", "/ack 1 已派维修师傅去房间", "/done 1 司机已到"})
    void aFaultsWordsUnderAPackedOrdersNumberAreNoted(String step) {
        f.answerTo("hainan", "08:00", "海南中午打包20份 11点前送到赛场");

        String answer = f.answerTo("tian", "08:30", step);

        assertThat(answer).as(step).contains(NOTE);
    }

    @Test
    void thePackingCalledOffBesideAPendingOrderChangesThatOrder() {
        f.answerTo("guizhou", "19:00", "贵州明天早饭要打包50份 7点前要拿走");

        String answer = f.answerTo("guizhou", "19:30", "贵州明早50 这次在餐厅吃 不用打包了");

        assertThat(answer).contains("补充到问题#1").doesNotContain("问题#2");
        assertThat(f.cateringNotices().get(f.cateringNotices().size() - 1)).contains("问题#1变更", "早餐取消打包", "原为打包50份");
    }

    @Test
    void thePackingCalledOffAfterTheOrderWasClosedIsToldAsACalledOffOrder() {
        f.answerTo("guizhou", "19:00", "贵州明天早饭要打包50份 7点前要拿走");
        f.answerTo("tian", "19:10", "/done 1 已打包");

        f.answerTo("guizhou", "19:30", "贵州明早50 这次在餐厅吃 不用打包了");

        assertThat(f.cateringNotices().get(f.cateringNotices().size() - 1))
                .contains("早餐取消打包", "按堂食备餐")
                .doesNotContain("由协调组受理后安排");
    }

    @Test
    void aNewOrderIsStillToBeArranged() {
        f.answerTo("guizhou", "19:00", "贵州明天早饭要打包50份 7点前要拿走");

        assertThat(f.cateringNotices())
                .singleElement()
                .satisfies(n -> assertThat(n).contains("由协调组受理后安排").doesNotContain("取消打包"));
    }

    @Test
    void aPackingBesideTheServedMealsStandingFigureSaysItUnchanged() {
        String answer = f.answerTo("liaoning", "18:12", "今晚33人 打包5份 有5个比赛完回来晚");

        assertThat(answer).contains("与已报人数相同").doesNotContain("未记录");
    }

    @Test
    void aPackingBesideAnotherFigureForTheServedMealStillRefusesIt() {
        String answer = f.answerTo("shandong", "18:12", "今晚33人 打包5份");

        assertThat(answer).contains("未记录").contains("41人是结算依据");
    }
}
