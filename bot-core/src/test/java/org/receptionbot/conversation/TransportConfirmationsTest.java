package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.summary.MovementBoardText;
import org.receptionbot.summary.MovementBoards;

/**
 * "确认 航班CZ3456" records the train or flight onto the delegation's one movement waiting, read by
 * the real parser. Hunan: planned to leave 2026-11-26 09:00 on K1158.
 */
class TransportConfirmationsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void aConfirmedFlightIsRecordedOntoTheDeparturePlannedForTomorrow() {
        assertThat(f.answerTo("hunan-li", "2026-11-25T20:30", "确认 航班CZ3456"))
                .startsWith("已确认：湖南省代表团 11月26日（周四）09:00 离开（计划K1158），车次/航班记为CZ3456。");
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .satisfies(e -> assertThat(((Departure) e.record()).transport()).isEqualTo("CZ3456"));
        String board =
                new MovementBoardText().render(new MovementBoards(EVENT, f.ledger).board(LocalDate.of(2026, 11, 26)));
        assertThat(board).contains("09:00 离开 湖南省代表团 35人 CZ3456");
    }

    @Test
    void aConfirmedTrainIsRecordedOntoTheArrivalExpectedAndShownArrived() {
        f.answerTo("hunan-li", "2026-11-22T10:00", "还有3个队员今天下午4点20到");

        assertThat(f.answerTo("hunan-li", "2026-11-22T16:30", "确认 坐的G1502"))
                .startsWith("已确认：湖南省代表团 11月22日（周日）16:20 抵达 3人（原报未报车次/航班），车次/航班记为G1502。");
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .satisfies(e -> assertThat(((Arrival) e.record()).transport()).isEqualTo("G1502"));
        String board =
                new MovementBoardText().render(new MovementBoards(EVENT, f.ledger).board(LocalDate.of(2026, 11, 22)));
        assertThat(board).contains("16:20 抵达 湖南省代表团 3人 G1502（已到达 ✓，16:30确认）");
    }

    @Test
    void withNothingWaitingItIsAnsweredNotSilent() {
        assertThat(f.answerTo("hunan-li", "2026-11-22T10:00", "确认 航班CZ3456")).startsWith("未记录：湖南省代表团近期没有待确认的抵离安排");
        assertThat(f.ledger.activeMovements()).isEmpty();
    }
}
