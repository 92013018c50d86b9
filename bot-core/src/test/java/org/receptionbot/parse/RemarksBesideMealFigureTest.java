package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;

/**
 * Session 39: a confirmation or a courtesy past a space after a meal's figure ({@link ChatWords}: 对的没错, 今天最后一天了
 * 大家辛苦), a figure said as the actual one ({@link Filler}: 中午实际33) and a remark on a message sent to the wrong chat
 * before the report ({@link MealBesideRemarks}) leave every meal's figure read, with nothing asked.
 */
class RemarksBesideMealFigureTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖北中午28 晚上也28 对的没错|LUNCH:28 DINNER:28",
                "湖北中午28 晚上也28 没错|LUNCH:28 DINNER:28",
                "湖北晚饭28 是的|DINNER:28",
                "湖北中午实际28|LUNCH:28",
                "是的 湖北中午实际28 晚上也是28|LUNCH:28 DINNER:28",
                "湖北中午28 这几天大家辛苦了|LUNCH:28",
                "湖北中午二十八 今天最后一天了谢谢大家|LUNCH:28",
                "嗯嗯 刚才发错群了 湖北中午28人晚上26人|LUNCH:28 DINNER:26"
            })
    void everyMealFigureIsReadAndNothingAsked(String text, String meals) {
        ParseOutcome read = AT.read(text, "hubei");
        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
        List<String> said = ((ParseOutcome.Understood) read)
                .records().stream()
                        .map(r -> r instanceof MealCount c ? c.meal() + ":" + c.count() : r.toString())
                        .sorted()
                        .toList();
        assertThat(said).as(text).containsExactlyInAnyOrder(meals.split(" "));
    }

    @ParameterizedTest
    @CsvSource({"湖北中午28 不对 是26", "湖北中午28 不对的 是26"})
    void aTakingBackIsNoConfirmation(String text) {
        ParseOutcome read = AT.read(text, "hubei");
        assertThat(read)
                .as(text)
                .isInstanceOfSatisfying(
                        ParseOutcome.Understood.class,
                        u -> assertThat(u.records())
                                .singleElement()
                                .isInstanceOfSatisfying(
                                        MealCount.class,
                                        c -> assertThat(c.count()).isEqualTo(26)));
    }

    @ParameterizedTest
    @CsvSource({"湖北中午28 都到", "湖北今晚 28 都到"})
    void allThereStaysWithTheFigure(String text) {
        assertThat(AT.read(text, "hubei"))
                .as(text)
                .isInstanceOfSatisfying(
                        ParseOutcome.Understood.class,
                        u -> assertThat(u.records()).singleElement().isInstanceOf(MealCount.class));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"今天最后一天了大家辛苦 中午12点开饭", "各位领队 今天最后一天了 谢谢大家"})
    void aNoticeStaysANotice(String text) {
        assertThat(AT.read(text, null)).as(text).isInstanceOf(ParseOutcome.NothingToRecord.class);
    }
}
