package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;

/**
 * A meal's figure said behind a hedge and a pause ("晚上应该也差不多吧46", "晚饭大概吧 33") is a vague figure: no record
 * (records.md), but asked, never passed over in silence; the other meal said plainly beside it is recorded.
 */
class HedgedMealFigureTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:00");

    @ParameterizedTest
    @CsvSource({
        "guizhou, 贵州中午46人晚上应该也差不多吧46, LUNCH, 46",
        "hunan, 中午30人 晚上差不多吧 30, LUNCH, 30",
        "guangxi, 广西午饭52 晚饭差不多吧五十, LUNCH, 52",
        "sichuan, 四川中午48人 晚上大概吧48个, LUNCH, 48",
        "yunnan, 云南午饭35 晚饭大约吧 33人, LUNCH, 35"
    })
    void thePlainMealIsRecordedAndTheHedgedOneAsked(String sender, String text, String meal, int count) {
        ParseOutcome out = PARSER.read(text, sender);
        assertThat(out.records()).singleElement().isInstanceOfSatisfying(MealCount.class, m -> {
            assertThat(m.meal()).isEqualTo(meal);
            assertThat(m.count()).isEqualTo(count);
        });
        assertThat(out).isInstanceOf(ParseOutcome.Incomplete.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"中午吃得差不多了吧", "差不多吧 就这样定了", "菜量差不多吧 够吃"})
    void talkWithAHedgeRecordsNothing(String text) {
        PARSER.check(text, "hunan").noRecords();
    }
}
