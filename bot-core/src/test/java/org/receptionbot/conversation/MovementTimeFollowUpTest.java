package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;

/**
 * A bare time sent right after the sender's movement with no clock time completes that movement, read by
 * the real parser. Hunan: 35 people.
 */
class MovementTimeFollowUpTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private Departure onlyDeparture() {
        assertThat(f.ledger.activeMovements()).hasSize(1);
        return (Departure) f.ledger.activeMovements().get(0).record();
    }

    @Test
    void theHourOfTheTrainSentNextSetsTheTimeOfTheDepartureJustReported() {
        assertThat(f.answerTo("hunan-li", "2026-11-22T10:00", "湖南有8个人下午先走 坐D2282"))
                .contains("下午 离开 8人，D2282");

        assertThat(f.answerTo("hunan-li", "2026-11-22T10:02", "下午4点的车"))
                .startsWith("已更新：离开时间补充为16:00，仍为8人\n湖南省代表团 11月22日（周日）16:00 离开 8人，D2282")
                .contains("原记录（已替换）：");
        assertThat(onlyDeparture().time()).isEqualTo(LocalTime.of(16, 0));
        assertThat(onlyDeparture().count()).isEqualTo(8);
    }

    @Test
    void aTrainWithItsHourCompletesTheDepartureNotAWholeTeamLeaving() {
        f.answerTo("hunan-li", "2026-11-22T10:00", "有8个人下午先走");

        assertThat(f.answerTo("hunan-li", "2026-11-22T10:03", "4点半的D2282")).startsWith("已更新：离开时间补充为16:30（D2282），仍为8人");
        assertThat(onlyDeparture().transport()).isEqualTo("D2282");
        assertThat(onlyDeparture().time()).isEqualTo(LocalTime.of(16, 30));
    }

    @Test
    void theHourOfAnArrivalWithNoClockTimeIsSetToo() {
        f.answerTo("hunan-li", "2026-11-22T10:00", "还有3个队员今天晚上到");

        assertThat(f.answerTo("hunan-li", "2026-11-22T10:01", "晚上8点的飞机")).startsWith("已更新：抵达时间补充为20:00，仍为3人");
        assertThat(((Arrival) f.ledger.activeMovements().get(0).record()).time())
                .isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void aBareTimeLongAfterOrFromSomeoneElseCompletesNothing() {
        f.answerTo("hunan-li", "2026-11-22T10:00", "湖南有8个人下午先走 坐D2282");

        f.say("tian", "2026-11-22T10:01", "下午4点的车");
        f.say("hunan-li", "2026-11-22T11:00", "下午4点的车");

        assertThat(onlyDeparture().time()).isNull();
    }
}
