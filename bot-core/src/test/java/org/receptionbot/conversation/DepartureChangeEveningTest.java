package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.record.Departure;

/**
 * Trial 61, the evening before the departure day on the games sample: a change of a recorded departure said with no
 * day is that departure's change, of the batch named only; an hour already past with no day is never a departure
 * today; eating at the hotel before leaving calls the packing off and is no new departure.
 */
class DepartureChangeEveningTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate LEAVING = TODAY.plusDays(1);

    @Test
    void theFirstBatchsNewTrainInTheEveningIsTomorrowsFirstBatch() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hunan", "2026-11-28T16:30", "明天我们分两批走，第一批18人坐G1502 早上8点05的，第二批17个下午坐飞机CZ3456 14:50起飞");

        String answer = f.answerTo("hunan", "2026-11-28T19:30", "第一批改成G1504了 8点40开 人数不变");

        assertThat(answer).doesNotContain("11月28日").doesNotContain("全团").doesNotContain("取消用餐");
        assertThat(f.movementsOf("hunan"))
                .containsExactlyInAnyOrder(
                        new Departure("hunan", LEAVING, LocalTime.of(8, 40), 18, "G1504"),
                        new Departure("hunan", LEAVING, LocalTime.of(14, 50), 17, "CZ3456"));
    }

    @Test
    void aNewTrainAndHourInTheEveningIsTheTeamsDepartureTomorrow() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        int breakfast = f.diners(LEAVING, "BREAKFAST", "guangxi");

        String answer = f.answerTo("guangxi", "2026-11-28T19:50", "我们改成G1508了 9点10分开");

        assertThat(answer).doesNotContain("11月28日").doesNotContain("21:10");
        assertThat(f.movementsOf("guangxi")).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(LEAVING);
            assertThat(m.time()).isEqualTo(LocalTime.of(9, 10));
        });
        assertThat(f.diners(LEAVING, "BREAKFAST", "guangxi")).isEqualTo(breakfast);
    }

    @Test
    void aChangedHourAlreadyPastKeepsTheRecordedDeparturesDay() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("guizhou", "2026-11-28T16:30", "贵州明天早上全团走 坐大巴去高铁站 G2934 9点20开");
        int breakfast = f.diners(LEAVING, "BREAKFAST", "guizhou");

        String answer = f.answerTo("guizhou", "2026-11-28T19:30", "不好意思 改7点半出发了 车次没变");

        assertThat(answer).doesNotContain("11月28日").doesNotContain("取消用餐");
        assertThat(f.movementsOf("guizhou")).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(LEAVING);
            assertThat(m.time()).isEqualTo(LocalTime.of(7, 30));
            assertThat(m.transport()).isEqualTo("G2934");
        });
        assertThat(f.diners(LEAVING, "BREAKFAST", "guizhou")).isEqualTo(breakfast);
    }

    @Test
    void eatingAtTheHotelBeforeLeavingCallsThePackingOff() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("shandong", "2026-11-28T16:30", "明天早饭打包15份 5点半出发");
        int breakfast = f.diners(LEAVING, "BREAKFAST", "shandong");

        String answer = f.answerTo("shandong", "2026-11-28T20:10", "早饭打包的取消了哈 改成明早5点在餐厅吃了再走 酒店说可以提前开");

        assertThat(answer).doesNotContain("离开").doesNotContain("取消用餐");
        assertThat(f.diners(LEAVING, "BREAKFAST", "shandong")).isEqualTo(breakfast);
        assertThat(f.movementsOf("shandong"))
                .allSatisfy(m -> assertThat(m.time()).isNotEqualTo(LocalTime.of(5, 0)));
    }

    @Test
    void aNewFlightHourBesideTheLeavingHourKeptMovesNoDeparture() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hubei", "2026-11-28T20:10", "明天我们下午两点离开酒店 坐CA1234 全团60人");

        String answer = f.answerTo("hubei", "2026-11-29T10:30", "航班延误了 改成16:20起飞 还是两点走");

        assertThat(answer).doesNotContain("16:20");
        assertThat(f.movementsOf("hubei"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(14, 0)));
    }

    @Test
    void aNewLeavingHourBesideTheFlightsIsTaken() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hubei", "2026-11-28T20:10", "明天我们下午两点离开酒店 坐CA1234 全团60人");

        f.say("hubei", "2026-11-29T10:30", "航班延误了 改成16:20起飞 改成3点走");

        assertThat(f.movementsOf("hubei"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isNotEqualTo(LocalTime.of(14, 0)));
    }

    @Test
    void aYesNamingEachBatchConfirmsTheBatchesListed() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hunan", "2026-11-28T16:30", "明天我们分两批走，第一批18人坐G1502 早上8点05的，第二批17个下午坐飞机CZ3456 14:50起飞");
        f.say("hunan", "2026-11-28T19:30", "第一批改成G1504了 8点40开 人数不变");
        f.briefings().departureChecks(LEAVING.minusDays(1), ConversationFixture.time("2026-11-28T20:00"));

        String answer = f.answerTo("hunan", "2026-11-28T20:10", "确认 第一批G1504 7点从酒店出发 第二批中午12点坐大巴去机场");

        assertThat(answer)
                .startsWith("已确认：")
                .contains("18人")
                .contains("17人")
                .doesNotContain("全团")
                .doesNotContain("哪一天");
        assertThat(f.movementsOf("hunan")).hasSize(2).allSatisfy(m -> {
            assertThat(m.date()).isEqualTo(LEAVING);
            assertThat(m.count()).isNotNull();
        });
    }

    @Test
    void aYesNamingABatchWithAnotherTrainIsNotTakenAsConfirmingTheList() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hunan", "2026-11-28T16:30", "明天我们分两批走，第一批18人坐G1502 早上8点05的，第二批17个下午坐飞机CZ3456 14:50起飞");
        f.briefings().departureChecks(LEAVING.minusDays(1), ConversationFixture.time("2026-11-28T20:00"));

        String answer = f.answerOrNull("hunan", "2026-11-28T20:10", "确认 第一批G1506 7点从酒店出发 第二批中午12点坐大巴去机场");

        assertThat(answer == null ? "" : answer).doesNotContain("按【离会确认】所列安排");
    }
}
