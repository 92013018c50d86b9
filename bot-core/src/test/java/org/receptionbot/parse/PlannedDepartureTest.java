package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.PartOfDay;

/**
 * The rest (or all) of a delegation leaving on its planned departure day, with nothing else said, is the plan (湖南:
 * 26 November 09:00 K1158 in the event file), not a new departure with no time.
 */
class PlannedDepartureTest {
    private static final ParserFixture PARSER =
            ParserFixture.of(TestEvents.withPeople(), "2026-11-22T07:13").as("hunan");
    private static final LocalDate PLANNED = LocalDate.of(2026, 11, 26);

    @Test
    void theRestOnThePlannedDayKeepTheTimeAndTrainOfThePlan() {
        PARSER.check("明天下午有5个人先回长沙 其他人26号走")
                .recordsInclude(new Departure("hunan", PLANNED, LocalTime.of(9, 0), null, "K1158"));
    }

    @Test
    void theWholeTeamOnThePlannedDayIsThePlan() {
        PARSER.check("剩下的26号走").records(new Departure("hunan", PLANNED, LocalTime.of(9, 0), null, "K1158"));
    }

    @Test
    void anotherDayIsANewDeparture() {
        PARSER.check("其他人25号走").records(new Departure("hunan", PLANNED.minusDays(1), null, null, null));
    }

    @Test
    void aPartOfTheDaySaidIsNoPlanKept() {
        PARSER.check("剩下的26号下午走").records(new Departure("hunan", PLANNED, null, null, null, PartOfDay.AFTERNOON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26号推迟一个小时走", "26号提早半小时出发", "我们26号提前40分钟走", "26号早半小时出发"})
    void aDepartureMovedByAnAmountIsNotThePlanItMoves(String text) {
        PARSER.check(text).records(new Departure("hunan", PLANNED, null, null, null));
    }
}
