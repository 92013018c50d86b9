package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/** A statement that is clearly a record but misses a field asks for it instead of guessing. */
class IncompleteStatementsTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.reference());
    private static final java.time.Instant SUNDAY_1410 =
            ZonedDateTime.parse("2026-11-22T14:10:00+08:00[Asia/Shanghai]").toInstant();

    private static ParseOutcome.Incomplete incomplete(String text, String sender) {
        ParseOutcome outcome = PARSER.parse(text, SUNDAY_1410, sender);
        assertThat(outcome).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
        return (ParseOutcome.Incomplete) outcome;
    }

    @Test
    void aCoordinatorsMealChangeWithoutDelegationAsksWhichOne() {
        Gap gap = incomplete("晚饭少5人", null).gaps().get(0);
        assertThat(gap.missing()).isEqualTo(Gap.Field.DELEGATION);
        assertThat(gap.draft()).isEqualTo(new MealCancel(null, java.time.LocalDate.of(2026, 11, 22), "DINNER", 5));
        assertThat(gap.statement()).isEqualTo("晚饭少5人");
    }

    @Test
    void leavingWithoutADayAsksWhichDay() {
        assertThat(incomplete("我们团提前走", "hunan").gaps())
                .extracting(Gap::missing)
                .containsExactly(Gap.Field.DATE);
    }

    @Test
    void addingWithoutANumberAsksHowMany() {
        assertThat(incomplete("湖南团晚饭要加人", null).gaps()).extracting(Gap::missing).containsExactly(Gap.Field.COUNT);
    }

    @Test
    void aChangeWithoutAMealAsksWhichMeal() {
        assertThat(incomplete("湖南团少5人", null).gaps()).extracting(Gap::missing).containsExactly(Gap.Field.MEAL);
    }

    @Test
    void whatWasReadWithConfidenceIsKeptBesideTheQuestion() {
        ParseOutcome.Incomplete outcome = incomplete("湖南团午餐35人；贵州团提前走", null);
        assertThat(outcome.records())
                .contains(new MealCount("hunan", java.time.LocalDate.of(2026, 11, 23), "LUNCH", 35));
    }

    @Test
    void aReportThatCannotBeReadAsksWhatWasMeantWithNoDraft() {
        Gap gap = incomplete("7号车少了一个人，有个队员还在房间里", null).gaps().get(0);
        assertThat(gap.missing()).isEqualTo(Gap.Field.UNCLEAR);
        assertThat(gap.draft()).isNull();
        assertThat(gap.statement()).isEqualTo("7号车少了一个人，有个队员还在房间里");
    }

    @Test
    void aVagueFigureInADefiniteReportAsksHowMany() {
        assertThat(incomplete("明天十几个人先走", "hunan").gaps())
                .extracting(Gap::missing)
                .containsExactly(Gap.Field.COUNT);
    }

    @Test
    void aVagueFigureTheSenderWillConfirmLaterIsNoQuestion() {
        assertThat(PARSER.parse("明天中午估计二十来个人吃，晚点再报", SUNDAY_1410, "hunan"))
                .isInstanceOf(ParseOutcome.NothingToRecord.class);
    }

    @Test
    void asPlannedIsAMealCountWithoutAFigure() {
        ParseOutcome outcome = PARSER.parse("明天晚饭照常", SUNDAY_1410, "hunan");
        assertThat(outcome.records())
                .containsExactly(new MealCount("hunan", java.time.LocalDate.of(2026, 11, 23), "DINNER", null));
        assertThat(((MealCount) outcome.records().get(0)).asPlanned()).isTrue();
    }
}
