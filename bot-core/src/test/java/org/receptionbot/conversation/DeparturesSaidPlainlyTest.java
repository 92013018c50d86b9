package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * Trial 61: departures said plainly, as people say them on the evening before and the morning of leaving. A new train
 * said alone ("我们的车次改成G1506了哈") is the team's one departure to come on that train, its hour and people kept; with
 * several batches to come, or asked about, it changes nothing. A team said boarded and setting off ("我们26个都上车了
 * 出发去南站") confirms its departure due gone; a count short of the team, or a venue, does not.
 */
class DeparturesSaidPlainlyTest {
    private static final LocalDate LEAVING = LocalDate.of(2026, 11, 29);

    @ParameterizedTest
    @ValueSource(strings = {"我们的车次改成G1506了哈", "车次换成G1506了", "我们改签到G1506了", "高铁改成G1506了 别的不变", "上海的车次改为g1506"})
    void aNewTrainSaidAloneIsTheTeamsDepartureOnIt(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("shanghai", "2026-11-28T16:30", "上海明天8:30 G1502走 共26人");

        String answer = f.answerTo("shanghai", "2026-11-28T19:30", text);

        assertThat(answer).contains("G1506").doesNotContain("没能看懂").doesNotContain("11月28日");
        assertThat(f.movementsOf("shanghai"))
                .containsExactly(new Departure("shanghai", LEAVING, LocalTime.of(8, 30), 26, "G1506"));
    }

    @Test
    void aNewTrainSaidAloneChangesThePlanWhenNothingIsRecorded() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo("guizhou", "2026-11-28T19:30", "我们的车次改成G2934了");

        assertThat(answer).contains("G2934").doesNotContain("没能看懂");
        assertThat(f.movementsOf("guizhou"))
                .containsExactly(new Departure("guizhou", LEAVING, LocalTime.of(13, 30), null, "G2934"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"能不能改成G1506", "车次改成G1506了吗", "车次没变 还是G1502", "听说G1502改成G1506了？"})
    void aTrainAskedAboutOrKeptChangesNothing(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("shanghai", "2026-11-28T16:30", "上海明天8:30 G1502走 共26人");

        f.say("shanghai", "2026-11-28T19:30", text);

        assertThat(f.movementsOf("shanghai"))
                .containsExactly(new Departure("shanghai", LEAVING, LocalTime.of(8, 30), 26, "G1502"));
    }

    @Test
    void aNewTrainOfATeamLeavingInBatchesChangesNoBatch() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("hunan", "2026-11-28T16:30", "明天我们分两批走，第一批18人坐G1502 早上8点05的，第二批17个下午坐飞机CZ3456 14:50起飞");

        f.say("hunan", "2026-11-28T19:30", "我们的车次改成G1504了");

        assertThat(f.movementsOf("hunan"))
                .containsExactlyInAnyOrder(
                        new Departure("hunan", LEAVING, LocalTime.of(8, 5), 18, "G1502"),
                        new Departure("hunan", LEAVING, LocalTime.of(14, 50), 17, "CZ3456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们26个都上车了 出发去南站", "我们都上车了 出发去南站", "大家都上大巴了 去火车站", "我们二十六个人都上车了 去高铁站"})
    void theWholeTeamSaidBoardedForTheStationConfirmsItsDepartureGone(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("shanghai", "2026-11-28T16:30", "上海明天7:30 G1506走 共26人");

        String answer = f.answerTo("shanghai", "2026-11-29T07:10", text);

        assertThat(answer).startsWith("已确认：上海市代表团").contains("26人已离开");
        assertThat(f.movementsOf("shanghai")).singleElement().satisfies(m -> {
            assertThat(m.date()).isEqualTo(LEAVING);
            assertThat(m.transport()).isEqualTo("G1506");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"我们15个都上车了 出发去南站", "我们都上车了 去赛场", "我们明天都上车了再说", "我们8点都上车了 出发去南站"})
    void partOfTheTeamOrAVenueOrATimeToComeConfirmsNoDeparture(String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("shanghai", "2026-11-28T16:30", "上海明天7:30 G1506走 共26人");

        String answer = f.answerOrNull("shanghai", "2026-11-29T07:10", text);

        assertThat(answer == null ? "" : answer).doesNotContain("26人已离开");
    }
}
