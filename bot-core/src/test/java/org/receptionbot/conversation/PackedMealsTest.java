package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.Event;
import org.receptionbot.record.IssueCategory;

/**
 * Packed portions for part of a team are a meal matter for the coordinators and the caterer, not the
 * meal's count; for the whole team they are its count. On the games sample (湖南 35), read by the real parser.
 */
class PackedMealsTest {
    private static final Event EVENT = SampleEvents.games();
    private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void packedPortionsForPartOfATeamAreFiledAsAMealMatterAndLeaveTheCount() {
        String answer = f.answerTo("hunan", "2026-11-23T09:00", "另外明早早餐6点半要打包8份");

        assertThat(answer).contains("问题#1 【餐饮】湖南省代表团：明早早餐6点半要打包8份").doesNotContain("报餐8人");
        assertThat(f.issue(1).issue().category()).isEqualTo(IssueCategory.MEAL);
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(35);
    }

    @Test
    void theOtherFiguresOfTheMessageAreRecordedBesideThePackedRequest() {
        String answer = f.answerTo("hunan", "2026-11-23T09:00", "今晚吃饭的32个 另外明早早餐6点半要打包8份");

        assertThat(answer).contains("晚餐 报餐32人").contains("【餐饮】");
        assertThat(f.diners(MONDAY, "DINNER", "hunan")).isEqualTo(32);
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(35);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "新疆明天中午在赛场吃 要打包45份 晚上回来吃",
                "新疆明天中午在比赛场地吃 打包40份",
                "新疆明天午饭在赛场吃饭 打包30份带过去",
                "明天午饭在赛场吃 帮忙打包47份",
                "新疆明天中午我们在训练馆吃 需要打包44份"
            })
    void eatingAtTheVenueWithPackedPortionsIsARequestAndNoCancellation(String text) {
        String answer = f.answerTo("xinjiang", "2026-11-23T20:10", text);

        assertThat(answer).contains("【餐饮】").doesNotContain("减少");
        assertThat(f.diners(MONDAY.plusDays(1), "LUNCH", "xinjiang")).isEqualTo(47);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "湖南明天全天在外比赛 三餐都不在酒店吃 早上打包35份带走",
                "湖南明天一整天在赛场 三餐都不回来吃 早饭打包35份",
                "湖南明天早中晚都不在酒店吃 早饭打包35份",
                "湖南明天三餐都不吃 早上打包35份带走",
                "湖南明天去外地比赛 一日三餐都不在这吃 早饭打包35份带上车"
            })
    void aDayEatenAwayWithItsBreakfastPackedCancelsTheOtherMealsAndPacksBreakfast(String text) {
        String answer = f.answerTo("hunan", "2026-11-23T20:00", text);

        assertThat(answer.split("【餐饮】", -1)).as("one packing request").hasSize(2);
        assertThat(f.diners(MONDAY.plusDays(1), "BREAKFAST", "hunan")).isEqualTo(35);
        assertThat(f.diners(MONDAY.plusDays(1), "LUNCH", "hunan")).isZero();
        assertThat(f.diners(MONDAY.plusDays(1), "DINNER", "hunan")).isZero();
    }
}
