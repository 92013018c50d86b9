package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.VisitChange;

/**
 * A delegation dropping out of the visits, said whole before a space, then a meal of its own: the drop-out and the
 * meal, each its own statement.
 */
class DropOutThenMealTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.conference(), "2026-12-09T11:00").as("hunan");
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);

    @Test
    void aDropOutFromTheVisitsThenTheDinnerFigureGivesBoth() {
        PARSER.check("湖南厅下午不去考察了 晚饭在山庄吃3人")
                .records(new VisitChange("hunan", null, null, null), new MealCount("hunan", VISIT_DAY, "DINNER", 3));
    }

    @Test
    void theVisitWordBeforeTheDropOutWordReadsTheSame() {
        PARSER.check("我们考察不去了 晚饭报4人")
                .records(new VisitChange("hunan", null, null, null), new MealCount("hunan", VISIT_DAY, "DINNER", 4));
    }

    @Test
    void aRouteDroppedThenTheDinnerGivenUpIsTheRouteLeftAndTheCancel() {
        PARSER.check("湖南厅下午不去北海了 晚饭不在山庄吃")
                .records(
                        new VisitChange("hunan", null, "beihai", null),
                        new MealCancel("hunan", VISIT_DAY, "DINNER", null));
    }

    @Test
    void notGoingToSomethingOtherThanAVisitStaysOneStatement() {
        PARSER.as("xizang")
                .at("2026-12-09T16:00")
                .check("这5个今晚开幕式不去了 晚饭宵夜都不吃")
                .recordsInclude(new MealCancel("xizang", VISIT_DAY, "DINNER", 5));
    }
}
