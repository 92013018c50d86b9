package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.RecordText;

/**
 * On the reference conference the three routes leave at 13:30 on 2026-12-09 (百色线 63, 北海线 86, 柳州线 61
 * planned) and the event file gives no return: the dinner board keeps them counted and says so.
 */
class VisitRoutesAtMealsTest {
    private static final Event EVENT = TestEvents.conference();
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);
    private final ConversationFixture f = new ConversationFixture(EVENT);

    private String board(LocalDate date, String meal) {
        return new MealBoardText(new RecordText(EVENT))
                .render(f.core.meals.board(
                        date, EVENT.meal(meal).orElseThrow(), ConversationFixture.time("2026-12-09T14:00")));
    }

    @Test
    void theDinnerOfTheVisitDaySaysHowManyOfItsDinersAreOutOnTheRoutes() {
        assertThat(board(VISIT_DAY, "DINNER"))
                .contains("⚠其中考察线路人员210人（百色线63人、北海线86人、柳州线61人），线路已于开餐前出发，活动文件未注明返程时间，仍按在此用餐计，请核实。");
    }

    @Test
    void aMealBeforeTheRoutesLeaveOrOnAnotherDaySaysNothingOfThem() {
        assertThat(board(VISIT_DAY, "LUNCH")).doesNotContain("考察线路");
        assertThat(board(VISIT_DAY.minusDays(1), "DINNER")).doesNotContain("考察线路");
    }
}
