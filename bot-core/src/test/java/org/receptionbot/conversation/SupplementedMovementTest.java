package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;

/** A later report giving the hour or train of a departure already recorded completes it, not a second group. */
class SupplementedMovementTest {
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @Test
    void theHourAndTrainOfTheSameGroupUpdateTheEarlierDeparture() {
        f.reads("有10个人25号下午先走", new Departure("hunan", DAY, null, 10, null));
        f.reads("10个人25号下午3点走 坐G1234", new Departure("hunan", DAY, LocalTime.of(15, 0), 10, "G1234"));
        f.say("hunan-li", "2026-11-22T09:00", "有10个人25号下午先走");

        assertThat(f.answerTo("hunan-li", "2026-11-22T10:00", "10个人25号下午3点走 坐G1234"))
                .startsWith("已更新：离开时间补充为15:00（G1234），仍为10人")
                .contains("原记录（已替换）：")
                .doesNotContain("撤销：");
        assertThat(f.ledger.activeMovements()).hasSize(1);
        assertThat(f.core.meals
                        .count(
                                DAY.plusDays(1),
                                TestEvents.withPeople().meal("BREAKFAST").orElseThrow(),
                                "hunan")
                        .diners())
                .isEqualTo(25);
    }

    @Test
    void aFurtherGroupMarkedByTheParserIsRecordedBeside() {
        f.reads("有10个人25号下午先走", new Departure("hunan", DAY, null, 10, null));
        f.reads(
                "另外10个人25号下午3点走",
                new ParseOutcome.Understood(List.of(new Departure("hunan", DAY, LocalTime.of(15, 0), 10, null)), true));
        f.say("hunan-li", "2026-11-22T09:00", "有10个人25号下午先走");

        assertThat(f.answerTo("hunan-li", "2026-11-22T10:00", "另外10个人25号下午3点走")).startsWith("已记录");
        assertThat(f.ledger.activeMovements()).hasSize(2);
    }

    @Test
    void theTrainOfAnArrivalAlreadyReportedUpdatesIt() {
        f.reads("24人23号先到", new Arrival("hunan", DAY.minusDays(2), null, 24, null));
        f.reads("24人23号下午5点到 G1702", new Arrival("hunan", DAY.minusDays(2), LocalTime.of(17, 0), 24, "G1702"));
        f.say("hunan-li", "2026-11-22T09:00", "24人23号先到");

        assertThat(f.answerTo("hunan-li", "2026-11-22T10:00", "24人23号下午5点到 G1702"))
                .startsWith("已更新：抵达时间补充为17:00（G1702），仍为24人");
        assertThat(f.ledger.activeMovements()).hasSize(1);
    }
}
