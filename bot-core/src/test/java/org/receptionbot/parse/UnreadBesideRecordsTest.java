package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;

/**
 * A message read in part is never confirmed silently: a meal likened to another day beside a meal read is asked
 * about; a remark that only points back at an earlier message asks nothing.
 */
class UnreadBesideRecordsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-20T07:30");

    @ParameterizedTest
    @ValueSource(strings = {"北京中午吃饭的人数跟昨天一样 晚上38", "北京晚饭人数和昨天相同 明早30", "北京午饭跟昨天的一样 晚饭40"})
    void aMealLikenedToYesterdayBesideAMealReadIsAsked(String text) {
        ParseOutcome o = PARSER.read(text, "beijing");
        assertThat(o.records()).hasSize(1);
        assertThat(o)
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps()).singleElement().satisfies(g -> {
                            assertThat(g.missing()).isEqualTo(Gap.Field.UNCLEAR);
                            assertThat(g.statement())
                                    .contains("昨天")
                                    .doesNotContain("3")
                                    .doesNotContain("4");
                        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"江苏晚上31个 刚才的撤了", "江苏晚上31个 早上报过了", "江苏中午31 刚才那条作废", "江苏明早31个 之前已经报过了"})
    void aRemarkPointingBackAsksNothing(String text) {
        PARSER.check(text, "jiangsu").understood().thenRecords().hasSize(1);
    }
}
