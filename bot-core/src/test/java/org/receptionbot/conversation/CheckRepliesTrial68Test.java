package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Trial 68: replies to the 【离会确认】 carrying more than a yes. A boarding place with the team's bus between the hour
 * and the place ("广西确认 明早8点半6号车酒店门口上车") confirms the listed departure; a packed breakfast with its pick-up
 * hour ("山西确认 K1158 早饭打包28份 7点半来拿") confirms and records the packing; a bus or hour that disagrees confirms
 * nothing.
 */
class CheckRepliesTrial68Test {
    private static final LocalDate EVE = LocalDate.of(2026, 11, 28);

    private static ConversationFixture eve() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), EVE.toString());
        f.briefings().departureChecks(EVE, ConversationFixture.time("2026-11-28T20:00"));
        return f;
    }

    @ParameterizedTest
    @ValueSource(strings = {"广西确认 明早8点半6号车酒店门口上车", "广西确认 D2236 明早8点坐6号车从酒店出发", "广西确认 8点半 6号车 酒店门口集合"})
    void aBoardingWithTheBusConfirms(String text) {
        ConversationFixture f = eve();

        assertThat(f.answerTo("guangxi", "20:10", text))
                .as(text)
                .contains("按【离会确认】所列安排")
                .contains("09:30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"广西确认 明早10点半6号车酒店门口上车", "广西确认 D2238 明早8点半6号车酒店门口上车"})
    void aBoardingAfterTheTrainOrAnotherTrainConfirmsNothing(String text) {
        String answer = eve().answerOrNull("guangxi", "20:10", text);

        assertThat(answer == null ? "" : answer).as(text).doesNotContain("按【离会确认】所列安排");
    }

    @Test
    void aYesWithAPackedBreakfastAndItsPickUpConfirmsAndRecordsThePacking() {
        ConversationFixture f = eve();

        String answer = f.answerTo("shanxi", "20:10", "山西确认 K1158 早饭打包28份 7点半来拿");

        assertThat(answer).contains("按【离会确认】所列安排").contains("09:30").contains("打包");
        assertThat(f.movementsOf("shanxi"))
                .singleElement()
                .satisfies(m -> assertThat(m.time()).isEqualTo(LocalTime.of(9, 30)));
    }

    @Test
    void aPickUpWithAnotherTrainConfirmsNothing() {
        String answer = eve().answerOrNull("shanxi", "20:10", "山西确认 K1160 早饭打包28份 7点半来拿");

        assertThat(answer == null ? "" : answer).doesNotContain("按【离会确认】所列安排");
    }

    @Test
    void aPackedBreakfastForTheTeamLeavingBeforeItIsNoFigureAboveThoseThere() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");
        f.answerTo("hunan", "2026-11-28T19:00", "我们后天走 车次还没定 领导还在协调");

        String answer = f.answerTo("hunan", "15:00", "湖南明早6点半出发 G1272 35人 早饭打包35份");

        assertThat(answer).contains("06:30").contains("打包35份").doesNotContain("多于届时在会");
    }

    @Test
    void aSeatedBreakfastAboveThoseStillThereIsStillWarned() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-29");

        String answer = f.answerTo("hunan", "15:00", "湖南明早6点半出发 G1272 35人 早饭35");

        assertThat(answer).contains("06:30").contains("多于届时在会的0人");
    }
}
