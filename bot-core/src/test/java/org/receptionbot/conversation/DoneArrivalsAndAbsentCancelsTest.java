package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Arrival;

/**
 * Trial 63 on the conference sample's registration day (8 December): arrivals said done in a message that says more
 * (two teams at once, or an arrival with the day's meal figures) are done at the report's minute, so 今日动态 shows the
 * hour they came, never 时间待定; and a team not yet arrived that cancels a dinner being served is told plainly that it
 * is counted at none there, not refused as if its dinner could not be cancelled.
 */
class DoneArrivalsAndAbsentCancelsTest {
    private static final LocalDate REGISTRATION = LocalDate.of(2026, 12, 8);

    @Test
    void twoTeamsSaidArrivedAreDoneAtTheReportsMinute() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        f.answerTo("staff", "2026-12-08T08:30", "山西厅5人已到 辽宁厅6人也到了");

        assertThat(f.movementsOf("shanxi"))
                .singleElement()
                .isEqualTo(new Arrival("shanxi", REGISTRATION, LocalTime.of(8, 30), 5, null));
        assertThat(f.movementsOf("liaoning"))
                .singleElement()
                .isEqualTo(new Arrival("liaoning", REGISTRATION, LocalTime.of(8, 30), 6, null));
        String board = f.answerTo("huang", "2026-12-08T08:35", "今日动态");
        assertThat(board).contains("08:30 抵达 山西省住房和城乡建设厅 5人（已到达 ✓").doesNotContain("时间待定 抵达 山西");
    }

    @Test
    void anArrivalSaidDoneBesideTheDaysMealsIsDoneAtTheReportsMinute() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("dalian", "2026-12-08T08:30", "大连局3人到了哈 午饭3个 晚饭3个");

        assertThat(answer).doesNotContain("早餐起计入");
        assertThat(f.movementsOf("dalian"))
                .singleElement()
                .isEqualTo(new Arrival("dalian", REGISTRATION, LocalTime.of(8, 30), 3, null));
        assertThat(f.answerTo("huang", "2026-12-08T08:35", "今日动态"))
                .contains("08:30 抵达 大连市住房和城乡建设局 3人（已到达 ✓")
                .doesNotContain("时间待定 抵达 大连");
    }

    @Test
    void anArrivalSaidDoneBesideTomorrowsNewsIsDoneAtTheReportsMinute() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        f.answerTo("anhui", "2026-12-08T14:45", "安徽厅5人到了，晚饭5个，明早5个");
        f.answerTo("shandong", "2026-12-08T14:50", "山东到了 9个人 有一个同志明天开完会直接走");

        assertThat(f.movementsOf("anhui"))
                .singleElement()
                .isEqualTo(new Arrival("anhui", REGISTRATION, LocalTime.of(14, 45), 5, null));
        assertThat(f.movementsOf("shandong"))
                .filteredOn(Arrival.class::isInstance)
                .singleElement()
                .isEqualTo(new Arrival("shandong", REGISTRATION, LocalTime.of(14, 50), 9, null));
        assertThat(f.answerTo("huang", "2026-12-08T14:55", "今日动态"))
                .doesNotContain("时间待定 抵达 安徽")
                .doesNotContain("时间待定 抵达 山东");
    }

    @Test
    void anArrivalSaidToComeBesideOneDoneIsNotMadeDone() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        f.answerTo("staff", "2026-12-08T08:30", "山西厅5人已到 辽宁厅6人下午到");

        assertThat(f.movementsOf("liaoning"))
                .singleElement()
                .isInstanceOfSatisfying(Arrival.class, a -> assertThat(a.time()).isNull());
    }

    @Test
    void aTeamNotArrivedCancellingTheDinnerBeingServedIsToldItIsCountedAtNone() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("neimenggu", "2026-12-08T18:30", "内蒙古航班延误 大概22点才到 晚饭不吃了");

        System.out.println(answer);
        assertThat(answer).doesNotContain("不再变更").contains("尚未抵达");
        assertThat(f.diners(REGISTRATION, "DINNER", "neimenggu")).isZero();
    }
}
