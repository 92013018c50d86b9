package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.record.Arrival;

/**
 * Trial 60, the conference sample's registration day (8 December): the registration desk's report of who registered
 * at an hour is today's, every team of it; a team that has landed and comes "大概9点" in the evening comes tonight, not
 * this morning; and the sample plans each delegation's arrival that day, so no team counts at the meals before it
 * comes.
 */
class RegistrationDayArrivalsTest {
    private static final LocalDate REGISTRATION = LocalDate.of(2026, 12, 8);

    @Test
    void theDeskReportsEveryTeamRegisteredAtAnHourAsToday() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("staff", "2026-12-08T11:12", "报到处：甘肃4人 青海3人 11点10分报到 已领卡");

        assertThat(answer).doesNotContain("哪一天").contains("甘肃", "青海");
        assertThat(f.movementsOf("gansu"))
                .singleElement()
                .isEqualTo(new Arrival("gansu", REGISTRATION, LocalTime.of(11, 10), 4, null));
        assertThat(f.movementsOf("qinghai"))
                .singleElement()
                .isEqualTo(new Arrival("qinghai", REGISTRATION, LocalTime.of(11, 10), 3, null));
    }

    @Test
    void landedAndHereAboutNineInTheEveningIsTonight() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.say("neimenggu", "2026-12-08T14:38", "5个 航班号MU6311 晚上8点落地");

        String answer = f.answerTo("neimenggu", "2026-12-08T20:12", "内蒙古落地了 5个人 大概9点到山庄 留的饭放哪里领啊");

        assertThat(answer).doesNotContain("09:00", "已抵达", "上午或晚上");
        assertThat(f.movementsOf("neimenggu"))
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isEqualTo(LocalTime.of(21, 0)));
    }

    @Test
    void theSamplePlansEachTeamsArrivalOnTheRegistrationDay() {
        Event event = SampleEvents.conference();

        for (Delegation d : event.delegations())
            if (!d.id().equals("staff") && !d.id().equals("jingwei"))
                assertThat(d.arrival())
                        .as(d.id())
                        .isNotNull()
                        .satisfies(p -> assertThat(p.date()).isEqualTo(REGISTRATION));
        ConversationFixture f = ConversationFixture.parsing(event);
        // 内蒙古 lands at 20:00: not at breakfast nor at the welcome dinner; 河北 lands at 07:50, at lunch
        assertThat(f.diners(REGISTRATION, "BREAKFAST", "neimenggu")).isZero();
        assertThat(f.diners(REGISTRATION, "DINNER", "neimenggu")).isZero();
        assertThat(f.diners(REGISTRATION, "LUNCH", "hebei")).isEqualTo(6);
        assertThat(f.diners(REGISTRATION.plusDays(1), "BREAKFAST", "neimenggu")).isEqualTo(5);
        assertThat(f.answerTo("huang", "2026-12-08T06:50", "今日动态"))
                .doesNotContain("无抵离安排")
                .contains("内蒙古", "河北");
    }
}
