package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Trial 48's visit-day evening on the conference sample, read by the real parser: route people coming back to eat are
 * no arrival and leave the route lists alone; a late-night order on an event that plans none is passed on as a meal
 * request, not refused as dinner; the whole team denied leaves no whole-team departure.
 */
class VisitDayEveningTest {
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    @Test
    void routePeopleComingBackToEatAreNoArrival() {
        String answer = f.answerTo("hunan", "2026-12-09T16:20", "湖南晚上 北海那3个在北海吃 柳州的3个回来吃 给留3份饭 大概8点到");

        assertThat(answer).doesNotContain("抵达");
        assertThat(f.diners(VISIT_DAY, "DINNER", "hunan")).isEqualTo(4);
        assertThat(f.core.visits.list("liuzhou").orElseThrow().people("hunan")).isEqualTo(3);
    }

    @Test
    void aRouteLateBackAsksNoDay() {
        String answer = f.answerTo("fujian", "2026-12-09T18:30", "福建北海线6个 路上堵车 预计九点多才到酒店 麻烦给留6份饭");

        assertThat(answer).doesNotContain("哪一天", "抵达");
    }

    @Test
    void aLateNightOrderIsPassedOnNotRefusedAsDinner() {
        for (String[] said : new String[][] {{"chongqing", "重庆今晚宵夜5份 百色回来饿了"}, {"shaanxi", "陕西今晚要夜宵 5份 10点送到房间"}}) {
            int dinner = f.diners(VISIT_DAY, "DINNER", said[0]);
            String answer = f.answerTo(said[0], "2026-12-09T18:30", said[1]);

            assertThat(answer).contains("本次活动未安排宵夜").contains("问题#").doesNotContain("该餐已开餐", "晚餐");
            assertThat(f.diners(VISIT_DAY, "DINNER", said[0])).isEqualTo(dinner);
        }
    }

    @Test
    void theWholeTeamDeniedIsNoWholeDeparture() {
        String answer = f.answerTo("qinghai", "2026-12-09T20:05", "青海不是全团走 只是5个人早上6点先走 另外的中午走");

        assertThat(answer).doesNotContain("离开（全团）").contains("哪一天");
        assertThat(f.diners(VISIT_DAY.plusDays(1), "LUNCH", "qinghai")).isEqualTo(3);
    }
}
