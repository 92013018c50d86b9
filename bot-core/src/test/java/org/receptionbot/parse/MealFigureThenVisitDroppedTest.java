package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.VisitChange;

/**
 * A meal's figure, a space, then the visits dropped ("中午4人晚上4人 明天我们就不去考察了", "晚上5 我们团明天不去柳州了"):
 * two statements, the meal keeps its figure beside the change; a figure of time ("拉了一晚上 今天考察去不了") is no meal's.
 */
class MealFigureThenVisitDroppedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T08:40");

    @ParameterizedTest
    @CsvSource({
        "hainan, 海南中午4人晚上4人 明天我们就不去考察了, 4",
        "shaanxi, 陕西中午5晚上5 我们团明天不去柳州了, 5",
        "hubei, 湖北午饭7个晚饭7个 明天不参加考察了, 7",
        "guizhou, 贵州晚上5人 我们明天柳州不去了, 5"
    })
    void theDinnerFigureStaysBesideTheDropOut(String sender, String text, int dinner) {
        var records = PARSER.read(text, sender).contractRecords();
        assertThat(records)
                .as(text)
                .contains(new MealCount(sender, java.time.LocalDate.parse("2026-12-08"), "DINNER", dinner));
        assertThat(records).as(text).anyMatch(VisitChange.class::isInstance);
    }

    @ParameterizedTest
    @CsvSource({"xinjiang, 新疆 我们有个同志昨晚吃坏肚子了 拉了一晚上 今天考察去不了 早饭也不吃"})
    void aStretchOfTimeIsNoMealFigure(String sender, String text) {
        assertThat(PARSER.at("2026-12-09T07:00").read(text, sender).contractRecords())
                .as(text)
                .contains(new VisitChange(sender, 1, null, null))
                .noneMatch(r -> r instanceof MealCount);
    }
}
