package org.receptionbot.app.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.app.event.EventFiles;
import org.receptionbot.event.Event;
import org.receptionbot.event.EventReading;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;

/** The parse mode asks where the bot would: the parser's gaps, no delegation, a figure far from the size. */
class AskTest {
    private static final Event EVENT =
            ((EventReading.Valid) EventFiles.load(ParseModeTest.EVENT)).event(); // hunan: 35 people
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);

    @Test
    void everyGapIsAQuestionAboutItsStatement() {
        var outcome = new ParseOutcome.Incomplete(
                List.of(new MealCount("hunan", DAY, "LUNCH", 30)),
                List.of(new Gap(Gap.Field.UNCLEAR, null, " 车好像有点问题 "), new Gap(Gap.Field.COUNT, null, "十几个人先走")));

        assertThat(Ask.of(EVENT, outcome, "中午30人，车好像有点问题，十几个人先走"))
                .containsExactly(new Ask("UNCLEAR", "车好像有点问题"), new Ask("COUNT", "十几个人先走"));
    }

    @Test
    void aFigureAboveTwiceTheSizeOrAnAdditionAboveTheSizeIsConfirmedOnce() {
        var outcome = new ParseOutcome.Understood(List.of(
                new MealCount("hunan", DAY, "LUNCH", 71),
                new MealAdd("hunan", DAY, "DINNER", 36),
                new MealCount("hunan", DAY, "BREAKFAST", 70)));

        assertThat(Ask.of(EVENT, outcome, "午餐71人，晚餐加36人")).containsExactly(new Ask("CONFIRM", "午餐71人，晚餐加36人"));
    }

    @Test
    void aMainMealFigureFarUnderTheSizeIsConfirmedButALateNightOneIsNot() {
        var low = new ParseOutcome.Understood(List.of(new MealCount("hunan", DAY, "DINNER", 6)));
        var lateNight = new ParseOutcome.Understood(List.of(new MealCount("hunan", DAY, "LATE_NIGHT", 6)));

        assertThat(Ask.of(EVENT, low, "今晚晚宴 湖南六")).containsExactly(new Ask("CONFIRM", "今晚晚宴 湖南六"));
        assertThat(Ask.of(EVENT, lateNight, "宵夜6人")).isEmpty();
    }

    @Test
    void figuresWithinTheRuleAndAsPlannedReportsAreNotQuestioned() {
        var outcome = new ParseOutcome.Understood(List.of(
                new MealCount("hunan", DAY, "LUNCH", 70),
                new MealAdd("hunan", DAY, "DINNER", 35),
                new MealCount("hunan", DAY, "BREAKFAST", null)));

        assertThat(Ask.of(EVENT, outcome, "…")).isEmpty();
    }

    @Test
    void aRecordWithNoDelegationAsksWhichAndTalkAsksNothing() {
        var noDelegation = new ParseOutcome.Understood(List.of(new MealCount(null, DAY, "DINNER", 30)));

        assertThat(Ask.of(EVENT, noDelegation, "晚饭30人")).containsExactly(new Ask("DELEGATION", "晚饭30人"));
        assertThat(Ask.of(EVENT, new ParseOutcome.NothingToRecord(), "收到")).isEmpty();
    }

    @Test
    void aCoordinatorsRecordWithNoDelegationIsGivenWithItsQuestion() {
        var draft = new MealAdd(null, DAY, "DINNER", 10);
        var outcome = new ParseOutcome.Incomplete(
                List.of(new MealCount("hunan", DAY, "LUNCH", 30)),
                List.of(new Gap(Gap.Field.DELEGATION, draft, "今晚加10人"), new Gap(Gap.Field.COUNT, null, "十几个人先走")));

        assertThat(Ask.records(outcome)).containsExactly(new MealCount("hunan", DAY, "LUNCH", 30), draft);
        assertThat(Ask.of(EVENT, outcome, "中午30人，今晚加10人，十几个人先走"))
                .containsExactly(new Ask("DELEGATION", "今晚加10人"), new Ask("COUNT", "十几个人先走"));
    }
}
