package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.record.Departure;

/**
 * Trial 62 #159: the hour packed food is picked up ("明天早上走的15个要打包早餐 6点半来拿") is not the leavers' hour: their
 * departure recorded at 07:00 on G3218 stays. An hour said as the leaving one ("6点半走", "改成6点半出发") still moves it.
 */
class PickUpHourNotLeavingTest {
    private static final LocalDate LEAVING = LocalDate.of(2026, 11, 25);
    private static final Departure EARLY = new Departure("henan", LEAVING, LocalTime.of(7, 0), 15, "G3218");

    private static ConversationFixture afterTheLeavers() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        f.say("henan", "2026-11-24T16:00", "河南有15个明天早上7点坐G3218回郑州");
        assertThat(f.movementsOf("henan")).contains(EARLY);
        return f;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "明天早上走的15个要打包早餐 6点半来拿",
                "明天早上走的15个打包早饭 6点40过来取",
                "走的那15个早饭打包 六点半来拿",
            })
    void thePickUpHourMovesNoDeparture(String text) {
        ConversationFixture f = afterTheLeavers();

        String answer = f.answerOrNull("henan", "2026-11-24T16:20", text);

        assertThat(answer == null ? "" : answer).doesNotContain("已更新为06");
        assertThat(f.movementsOf("henan")).contains(EARLY);
        assertThat(f.movementsOf("henan"))
                .noneMatch(m -> m.date().equals(LEAVING) && LocalTime.of(6, 30).equals(m.time()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"明天早上走的15个改成6点半走", "走的15个提前到6点半出发 早饭打包"})
    void aLeavingHourStillMovesIt(String text) {
        ConversationFixture f = afterTheLeavers();

        f.say("henan", "2026-11-24T16:20", text);

        assertThat(f.movementsOf("henan"))
                .anyMatch(m -> m.date().equals(LEAVING) && LocalTime.of(6, 30).equals(m.time()));
    }
}
