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

    /** Trial 45: the main body said by its figure, the others of a team of 35 leaving on another day. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "湖南26号走32个 3个人27号走 27号早上8点的车",
                "26号走32个人 剩下3个27号走",
                "湖南3个人27号再走 其他32个26号走",
                "26号32人走 有3个留下来多待一天 27号走",
                "26号走30个 5个人25号先走"
            })
    void theMainBodyOnThePlannedDayKeepsTheTimeAndTrainOfThePlan(String text) {
        PARSER.check(text)
                .thenContract()
                .anySatisfy(r -> org.assertj.core.api.Assertions.assertThat(r)
                        .isIn(
                                new Departure("hunan", PLANNED, LocalTime.of(9, 0), 32, "K1158"),
                                new Departure("hunan", PLANNED, LocalTime.of(9, 0), 30, "K1158")));
    }

    /** Figures that do not make the whole team, or a main body on another day than the plan's, stay untimed. */
    @ParameterizedTest
    @ValueSource(strings = {"26号走20个 3个人27号走", "25号走32个 3个人27号走", "26号走32个", "26号走32个 3个人也26号走"})
    void aFigureThatIsNotTheRestOfTheTeamKeepsNoPlan(String text) {
        PARSER.check(text)
                .thenContract()
                .noneSatisfy(r -> org.assertj.core.api.Assertions.assertThat(r)
                        .isInstanceOfSatisfying(
                                Departure.class,
                                d -> org.assertj.core.api.Assertions.assertThat(d.time())
                                        .isEqualTo(LocalTime.of(9, 0))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"26号推迟一个小时走", "26号提早半小时出发", "我们26号提前40分钟走", "26号早半小时出发"})
    void aDepartureMovedByAnAmountIsNotThePlanItMoves(String text) {
        PARSER.check(text).records(new Departure("hunan", PLANNED, null, null, null));
    }
}
