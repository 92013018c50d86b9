package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * The conference's lunch on the meeting day is eaten at the meeting place (党校): a delegation's figure with eating
 * there is its lunch count; the hotel's meal said called off after it stays a cancellation, and a place beside the
 * meeting place is another place.
 */
class MealAtMeetingPlaceTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-09T08:30");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 9);

    @ParameterizedTest
    @CsvSource({
        "河北厅中午6个都在党校吃, hebei, 6",
        "山西5人 午饭在党校吃 谢谢, shanxi, 5",
        "江西中午在党校吃饭的是5个, jiangxi, 5",
        "吉林厅今天中午4个在党校吃, jilin, 4"
    })
    void aFigureEatingAtTheMeetingPlaceIsTheLunchCount(String text, String team, int count) {
        PARSER.check(text, team).records(new MealCount(team, DAY, "LUNCH", count));
    }

    @ParameterizedTest
    @CsvSource({"河北中午都在党校吃 山庄午饭取消6人, hebei, 6", "山西中午都在会议中心吃 山庄午餐取消5个, shanxi, 5"})
    void theHotelsMealCalledOffAfterItStaysACancellation(String text, String team, int count) {
        PARSER.check(text, team).hasNo(MealCount.class).records(new MealCancel(team, DAY, "LUNCH", count));
    }

    @ParameterizedTest
    @CsvSource({"河北中午5个在党校对面吃 山庄不吃, hebei", "江西中午3个在县城吃, jiangxi"})
    void anotherPlaceIsNoLunchCount(String text, String team) {
        PARSER.check(text, team).hasNo(MealCount.class);
    }
}
