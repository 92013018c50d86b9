package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;

/**
 * A meal said eaten as usual beside a leaving is the meal as planned (MEAL_COUNT, count null), or with everyone counted
 * eating first, that figure; the people who stay and eat, counted after the others go elsewhere, are the meal's count.
 */
class MealKeptBesideLeavingTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-27T10:00");
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-09T08:30");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 28);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangsu|江苏团明天下午2点的G1234 全团走 午饭照常吃了再走|LUNCH",
                "henan|河南32人 明早9点10的D3302 早饭8点开门就来吃 吃完直接走|BREAKFAST",
                "guizhou|贵州队的CZ3602推迟到明天晚上7点 晚饭又要吃了|DINNER",
                "hebei|河北明天上午10点的车 早饭还是在餐厅|BREAKFAST",
                "fujian|福建明天下午3点05走 中午照样要吃的|LUNCH",
            })
    void aMealEatenAsUsualBesideALeavingIsKeptAsPlanned(String sender, String text, String meal) {
        assertThat(SPORTS.read(text, sender).contractRecords())
                .as(text)
                .hasAtLeastOneElementOfType(Departure.class)
                .contains(new MealCount(sender, TOMORROW, meal, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|中午35人都吃了再走 晚饭取消|LUNCH|35"})
    void everyoneCountedEatingFirstIsTheMealsFigureNoLeaving(String sender, String text, String meal, int count) {
        assertThat(SPORTS.read(text, sender).contractRecords())
                .as(text)
                .contains(new MealCount(sender, TODAY, meal, count))
                .doesNotHaveAnyElementsOfTypes(Departure.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "午饭吃了再走吗 明天下午2点的G1234",
                "明天下午2点的G1234 午饭不吃了直接走",
                "吃了饭再走的话要晚一点",
                "下午3点的G1234走 中午吃了",
                "下午3点的G1234 中午吃完就走"
            })
    void aQuestionADenialOrAConditionKeepsNoMeal(String text) {
        assertThat(SPORTS.read(text, "jiangsu").contractRecords())
                .as(text)
                .noneMatch(r -> r instanceof MealCount m && m.meal().equals("LUNCH") && m.count() == null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"晚上多5个人吃", "晚饭加5个人 明天上午走"})
    void aMealThatAddsStillAdds(String text) {
        assertThat(SPORTS.read(text, "jiangsu").contractRecords())
                .as(text)
                .contains(new MealAdd("jiangsu", TODAY, "DINNER", 5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "mee|生态环境部：北海2人，其余2位领导晚上在山庄用餐|2",
                "mwr|水利部1位去柳州，剩1位领导晚餐在贵宾厅|1",
            })
    void theRestWhoStayAndEatAreTheMealsCount(String sender, String text, int count) {
        assertThat(CONFERENCE.read(text, sender).contractRecords())
                .as(text)
                .filteredOn(MealRecord.class::isInstance)
                .containsExactly(new MealCount(sender, LocalDate.of(2026, 12, 9), "DINNER", count));
    }
}
