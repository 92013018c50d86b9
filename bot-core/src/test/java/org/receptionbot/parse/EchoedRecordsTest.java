package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;

/**
 * A coordinator's acknowledgement ({@link CoordinatorEcho}) records nothing in the stateless reading; what it would
 * record, read without the acknowledgement and whom it addresses, is handed to the chat as {@link
 * ParseOutcome#echoed()}.
 */
class EchoedRecordsTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z"); // 10:00 in the event's zone
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void aRelayOpeningWithShouDaoRecordsNothingButHandsItsRecordsToTheChat() {
        ParseOutcome out = PARSER.parse("收到，刚接到电话 湖南明天早上8点走 全团35人", NOW, null);

        assertThat(out.records()).isEmpty();
        assertThat(out.contractRecords()).isEmpty();
        assertThat(out.echoed()).containsExactly(new Departure("hunan", DAY.plusDays(1), LocalTime.of(8, 0), 35, null));
    }

    @Test
    void anEchoSaidAsEnteredHandsItsChangeToTheChat() {
        ParseOutcome out = PARSER.parse("@云南 收到 云南晚饭少3个 已通知餐厅", NOW, null);

        assertThat(out.records()).isEmpty();
        assertThat(out.echoed()).containsExactly(new MealCancel("yunnan", DAY, "DINNER", 3));
    }

    @Test
    void theDelegationAnAcknowledgementAddressesIsNotTheSubjectOfWhatFollows() {
        assertThat(PARSER.parse("收到海南。坐高铁的队提前一个小时从酒店出发就行", NOW, null).echoed()).isEmpty();
        assertThat(PARSER.parse("湖南收到 柳州线名单已加王处", NOW, null).echoed()).isEmpty();
    }

    @Test
    void anAcknowledgementWithNothingToRelayHandsNothing() {
        assertThat(PARSER.parse("收到，马上安排", NOW, null).echoed()).isEmpty();
    }

    @Test
    void aLiaisonsOwnReportOpeningWithHaoDeIsRecordedAsBefore() {
        ParseOutcome out = PARSER.parse("好的 湖北中午46", NOW, "hubei");

        assertThat(out.records()).hasSize(1);
        assertThat(out.echoed()).isEmpty();
    }
}
