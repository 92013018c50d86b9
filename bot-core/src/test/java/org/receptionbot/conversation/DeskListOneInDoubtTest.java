package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.record.Arrival;

/**
 * Trial 63, the conference sample's registration day: the registration desk's list of teams arrived records each team
 * it can and holds only the team whose figure is in doubt (内蒙古 6 of a team of 5), saying so for each; "不对，是5人"
 * in answer to that confirmation request sets the held team's figure. A list whose every team is in doubt is held
 * whole, and a team of the list is never recorded twice.
 */
class DeskListOneInDoubtTest {
    private static final String LIST = "接龙 报到登记\n1. 山西厅 5人 已到\n2. 内蒙古 6人 已到\n3. 辽宁厅 6人 已到";

    @Test
    void theDesksListRecordsEachTeamItCanAndHoldsOnlyTheOneInDoubt() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("staff", "2026-12-08T08:30", LIST);

        assertThat(answer).contains("已记录", "山西", "辽宁", "请确认以下人数", "内蒙古自治区住房和城乡建设厅 12月8日（周二）抵达 6人");
        assertThat(answer).contains("山西省住房和城乡建设厅的到离由苏杰（机关服务中心）报送");
        assertThat(answer.substring(answer.indexOf("请确认以下人数"))).doesNotContain("山西", "辽宁");
        assertThat(f.movementsOf("shanxi"))
                .singleElement()
                .isInstanceOfSatisfying(
                        Arrival.class, a -> assertThat(a.count()).isIn(5, null));
        assertThat(f.movementsOf("liaoning"))
                .singleElement()
                .isInstanceOfSatisfying(
                        Arrival.class, a -> assertThat(a.count()).isIn(6, null));
        // 内蒙古 stays as planned (20:00, unconfirmed) until the figure is confirmed or corrected
        assertThat(f.movementsOf("neimenggu")).isEmpty();
    }

    @Test
    void aCorrectionOfTheHeldTeamSetsItsFigure() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("staff", "2026-12-08T08:30", LIST);

        String answer = f.answerTo("staff", "2026-12-08T08:32", "不对，是5人");

        assertThat(answer).contains("内蒙古").doesNotContain("原消息中没有唯一的人数", "山西", "辽宁");
        assertThat(f.movementsOf("neimenggu"))
                .singleElement()
                .isInstanceOfSatisfying(
                        Arrival.class, a -> assertThat(a.count()).isIn(5, null));
        // the teams recorded at once stay as they were, each once
        assertThat(f.movementsOf("shanxi")).hasSize(1);
        assertThat(f.movementsOf("liaoning")).hasSize(1);
    }

    @Test
    void confirmingTheHeldTeamRecordsItAsSaid() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("staff", "2026-12-08T08:30", LIST);

        f.answerTo("staff", "2026-12-08T08:32", "确认");

        assertThat(f.movementsOf("neimenggu"))
                .singleElement()
                .isInstanceOfSatisfying(
                        Arrival.class, a -> assertThat(a.count()).isEqualTo(6));
        assertThat(f.movementsOf("shanxi")).hasSize(1);
        assertThat(f.movementsOf("liaoning")).hasSize(1);
    }

    @Test
    void aListWhoseEveryTeamIsInDoubtIsHeldWhole() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        String answer = f.answerTo("staff", "2026-12-08T08:30", "报到登记\n1. 山西厅 9人 已到\n2. 内蒙古 9人 已到");

        assertThat(answer).contains("请确认以下人数", "山西", "内蒙古").doesNotContain("已记录");
        assertThat(f.movementsOf("shanxi")).isEmpty();
        assertThat(f.movementsOf("neimenggu")).isEmpty();
    }

    @Test
    void aTeamsOwnFiguresOneInDoubtAreHeldTogether() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

        // 湖北 (7): the lunch figure is over the team's size, the dinner beside it waits with it
        String answer = f.answerTo("hubei", "2026-12-08T08:30", "湖北厅 中午30人 晚上7人");

        assertThat(answer).contains("请确认以下人数").doesNotContain("已记录");
    }

    @Test
    void aCorrectionSetsTheOneFigureAskedAboutAndKeepsTheOthers() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("hubei", "2026-12-08T08:30", "湖北厅 中午30人 晚上7人");

        String answer = f.answerTo("hubei", "2026-12-08T08:32", "不对，是6人");

        assertThat(answer).doesNotContain("原消息中没有唯一的人数");
        assertThat(f.diners(java.time.LocalDate.of(2026, 12, 8), "LUNCH", "hubei"))
                .isEqualTo(6);
        assertThat(f.diners(java.time.LocalDate.of(2026, 12, 8), "DINNER", "hubei"))
                .isEqualTo(7);
    }

    @Test
    void aCorrectionOfAHoldWithSeveralFiguresInDoubtIsStillRefused() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        f.answerTo("hubei", "2026-12-08T08:30", "湖北厅 中午30人 晚上20人");

        assertThat(f.answerTo("hubei", "2026-12-08T08:32", "不对，是7人")).contains("原消息中没有唯一的人数");
    }
}
