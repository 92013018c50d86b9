package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The thirty-eighth and thirty-ninth trials' findings on the games sample (11月18日至29日), read by the real parser: the morning after the
 * last day is a day of service for the teams still there; the question before a later-day arrival names only the meals
 * it would change; a team whose night arrival was confirmed is there after it.
 */
class LastDayAndLaterArrivalTest {
    private static final LocalDate LAST_DAY = LocalDate.parse("2026-11-29");

    private static ConversationFixture games() {
        return ConversationFixture.parsing(SampleEvents.games());
    }

    /** 北京 and 湖北 leave on 30日 at 08:30, 内蒙古 at 12:30, 河北 has no departure: all still there on the 30th. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beijing|2026-11-29T10:00|明天早餐 20人|早餐 报餐20人",
                "hubei|2026-11-29T19:00|明早早饭50人|早餐 报餐50人",
                "neimenggu|2026-11-29T09:00|明天中午午饭30人|午餐 报餐30人",
                "hebei|2026-11-29T20:00|明天早餐只要25份|早餐 报餐25人",
                "neimenggu|2026-11-30T06:30|早餐40人|早餐 报餐40人",
                "shandong|2026-11-29T12:00|30号早餐35人|早餐 报餐35人",
            })
    void aMealOfTheMorningAfterTheLastDayIsRecordedForATeamStillThere(
            String who, String at, String said, String recorded) {
        String answer = games().answerTo(who, at, said);

        assertThat(answer).as(said).contains(recorded).doesNotContain("不在活动日期内");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beijing|2026-11-29T10:00|后天早餐 20人",
                "hebei|2026-11-29T10:00|12月1日早餐25人",
                "hubei|2026-11-30T07:30|明天早餐50人",
                "tianjin|2026-11-29T08:00|明天早餐 20人",
                "jiangxi|2026-11-29T09:00|30号早饭15人",
            })
    void aMealTwoDaysAfterTheLastDayOrOfATeamGoneByThenIsStillRefused(String who, String at, String said) {
        String answer = games().answerTo(who, at, said);

        assertThat(answer).as(said).contains("不在活动日期内");
    }

    /** 天津 is planned to leave on the last day: once it says it leaves the day after, that morning's meals count. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "我们改30号上午10点走|明天早餐20人|早餐 报餐20人",
                "天津推迟到30号中午走|30号早饭照常|早餐 按原计划",
            })
    void aTeamThatSaysItLeavesTheDayAfterTheLastDayMayReportThatDaysMeals(
            String leaving, String meal, String recorded) {
        ConversationFixture f = games();
        f.answerTo("tianjin", "2026-11-28T10:00", leaving);

        String answer = f.answerTo("tianjin", "2026-11-29T09:00", meal);

        assertThat(answer).as(meal).contains(recorded).doesNotContain("不在活动日期内");
    }

    @Test
    void aDepartureAndTheMorningsMealInOneMessageAreBothRecorded() {
        String answer = games().answerTo("tianjin", "2026-11-29T09:00", "我们改明天上午10点走，明天早饭20人");

        assertThat(answer).contains("10:00 离开").contains("早餐 报餐20人").doesNotContain("不在活动日期内");
    }

    @Test
    void theLastEveningsBriefingListsTheMorningsDeparturesAndBreakfast() {
        ConversationFixture f = games();
        f.answerTo("beijing", "2026-11-29T10:00", "明天早餐 20人");
        var briefings = f.briefings();

        var spoken = briefings.evening(LAST_DAY, ConversationFixture.time("2026-11-29T20:00"));

        assertThat(spoken).isEqualTo(org.receptionbot.reminder.Spoken.SAID);
        assertThat(f.lastTo(ConversationFixture.COORDINATORS).text())
                .startsWith("【明日安排】11月30日")
                .contains("北京市代表团", "G1118", "湖北省代表团", "早餐：", "午餐：")
                .doesNotContain("天津市代表团");
    }

    @Test
    void theMorningAftersBreakfastCountsOnlyTheTeamsStillThere() {
        ConversationFixture f = games();
        LocalDate after = LAST_DAY.plusDays(1);

        assertThat(f.diners(after, "BREAKFAST", "beijing")).isEqualTo(42);
        assertThat(f.diners(after, "BREAKFAST", "tianjin")).isZero();
        assertThat(f.diners(after, "LUNCH", "beijing")).isZero();
        assertThat(f.diners(after, "LUNCH", "neimenggu")).isEqualTo(45);
    }

    /** 江西 (27人) never ordered 宵夜: an arrival cutting its meals does not change 宵夜, so the question leaves it out. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangxi|2026-11-21T10:00|估计明天凌晨1点才到|11月21日（周六）午餐、晚餐。",
                "jiangxi|2026-11-21T16:00|我们明天早上6点才能到|11月21日（周六）晚餐。",
                "hunan|2026-11-22T14:00|湖南明天中午才能到|11月22日（周日）晚餐；11月23日（周一）早餐。",
                "guangxi|2026-11-24T20:00|全队后天上午10点才到|11月25日（周三）早餐、午餐、晚餐；11月26日（周四）早餐。",
            })
    void theQuestionBeforeALaterArrivalNamesOnlyTheMealsItWouldChange(String who, String at, String said, String cut) {
        String answer = games().answerTo(who, at, said);

        assertThat(answer).as(said).contains("请确认").contains(cut).doesNotContain("宵夜");
    }

    @Test
    void aLateNightMealOrderedTheNightBeforeIsNotNamedNorAMealAlreadyGivenAFigure() {
        ConversationFixture f = games();
        f.answerTo("jiangxi", "2026-11-20T10:00", "今晚宵夜10人");
        f.answerTo("jiangxi", "2026-11-21T09:00", "今晚晚饭20人");

        String answer = f.answerTo("jiangxi", "2026-11-21T10:00", "估计明天凌晨1点才到");

        assertThat(answer).contains("以下用餐将不计该团人数：11月21日（周六）午餐。").doesNotContain("宵夜");
    }

    /** A night arrival said the evening before, confirmed: after it the team is there and its meals can be cut. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "今晚凌晨1点到|中午不吃了|LUNCH",
                "明天凌晨1点才到|中午不吃了|LUNCH",
                "估计今晚凌晨1点多才能到|午饭不吃了|LUNCH",
                "今天夜里凌晨2点到|晚饭不吃了|DINNER",
                "明天凌晨3点才到酒店|中午不吃了|LUNCH",
            })
    void aTeamWhoseNightArrivalWasConfirmedIsThereAfterIt(String arrival, String cut, String meal) {
        ConversationFixture f = games();
        String question = f.answerTo("jiangxi", "2026-11-21T17:00", arrival);
        assertThat(question).as(arrival).contains("请确认");
        f.say("jiangxi", "2026-11-21T17:01", "确认");

        String answer = f.answerTo("jiangxi", "2026-11-22T10:00", cut);

        assertThat(answer).as(arrival).doesNotContain("请核实日期").doesNotContain("未到");
        assertThat(f.diners(LocalDate.parse("2026-11-22"), meal, "jiangxi"))
                .as(answer)
                .isZero();
        assertThat(f.diners(LocalDate.parse("2026-11-22"), "BREAKFAST", "jiangxi"))
                .isEqualTo(27);
    }
}
