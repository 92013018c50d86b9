package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * Trial 37: "估计明天凌晨1点才到" from a delegation already at the event, recorded as the whole delegation's arrival,
 * would drop its meals until then; the bot names those meals and records the arrival only when confirmed, and meals
 * reported meanwhile are counted as said. A first arrival, or an arrival later the same day, is recorded at once. On
 * the games sample (11月18日至29日; 江西, 湖南 and 广西 planned for 11月17日), read by the real parser.
 */
class InTownArrivalsTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @ParameterizedTest
    @CsvSource({
        "jiangxi, 2026-11-21T10:00, 估计明天凌晨1点才到, 11月21日（周六）午餐、晚餐。",
        "jiangxi, 2026-11-21T16:00, 江西估计明天凌晨1点才到, 11月21日（周六）晚餐。",
        "hunan, 2026-11-22T14:00, 我们明天中午才能到, 11月22日（周日）晚餐；11月23日（周一）早餐。",
        "hunan, 2026-11-22T09:00, 湖南估计明天凌晨两点才能到, 11月22日（周日）午餐",
        "guangxi, 2026-11-24T20:00, 全队后天上午10点才到, 11月25日（周三）早餐、午餐、晚餐；11月26日（周四）早餐。",
        "guangxi, 2026-11-24T12:00, 比赛推迟了，我们明天晚上8点才回到酒店, 11月25日（周三）早餐、午餐、晚餐"
    })
    void aLaterDayArrivalOfATeamAlreadyHereIsAskedNamingTheMealsItWouldCut(
            String who, String at, String text, String cut) {
        String answer = f.answerTo(who, at, text);

        assertThat(answer).contains("请确认").contains("按计划已在会").contains(cut).contains("直接报餐");
        assertThat(f.movementsOf(who)).as(answer).isEmpty();
        assertThat(f.diners(LocalDate.parse(at.substring(0, 10)).plusDays(1), "BREAKFAST", who))
                .as(answer)
                .isPositive();
    }

    @Test
    void confirmedWithOneWordItIsRecordedAndTheMealsAreCut() {
        f.answerTo("jiangxi", "2026-11-21T10:00", "估计明天凌晨1点才到");

        f.say("jiangxi", "2026-11-21T10:02", "确认");

        assertThat(f.movementsOf("jiangxi")).singleElement().isInstanceOf(Arrival.class);
        assertThat(f.diners(LocalDate.parse("2026-11-21"), "DINNER", "jiangxi")).isZero();
        assertThat(f.diners(LocalDate.parse("2026-11-22"), "BREAKFAST", "jiangxi"))
                .isEqualTo(27);
    }

    @Test
    void theMealsSaidInsteadAreCountedAsSaid() {
        f.answerTo("jiangxi", "2026-11-21T10:00", "估计明天凌晨1点才到");

        String answer = f.answerTo("jiangxi", "2026-11-21T10:03", "今晚晚饭不吃了，明天早饭照常");

        assertThat(answer).startsWith("已记录");
        assertThat(f.diners(LocalDate.parse("2026-11-21"), "DINNER", "jiangxi"))
                .as(answer)
                .isZero();
        assertThat(f.diners(LocalDate.parse("2026-11-22"), "BREAKFAST", "jiangxi"))
                .isEqualTo(27);
        assertThat(f.movementsOf("jiangxi")).isEmpty();
    }

    /** A first arrival, an arrival later today, or some of the team, takes no meals by surprise: recorded at once. */
    @ParameterizedTest
    @CsvSource({
        "jiangxi, 2026-11-17T08:00, 江西估计明天凌晨1点才到",
        "hunan, 2026-11-16T15:00, 我们18号中午才能到",
        "jiangxi, 2026-11-21T10:00, 估计晚上10点才到",
        "guangxi, 2026-11-24T09:10, 我们大概三点左右到",
        "jiangxi, 2026-11-21T10:00, 还有5个人明天凌晨1点才到"
    })
    void aFirstArrivalASameDayArrivalOrAFewPeopleAreRecordedAtOnce(String who, String at, String text) {
        String answer = f.answerTo(who, at, text);

        assertThat(answer).doesNotContain("按计划已在会");
        assertThat(f.movementsOf(who)).as(answer).singleElement().isInstanceOf(Arrival.class);
    }
}
