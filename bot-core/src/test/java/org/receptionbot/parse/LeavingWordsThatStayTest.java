package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * Leaving words that are no departure: the team back at its hotel after competing, people off to a place for a
 * duty there, people named by their leaving said to be here still, the rest going along with the visits; and the
 * look-alikes that still leave.
 */
class LeavingWordsThatStayTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-27T07:30");
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-09T08:00");

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南 晚饭36人 下午比赛完直接回", "湖南晚饭36人，比完赛就回酒店", "湖南晚饭36人 打完比赛直接回宾馆"})
    void theTeamBackAfterCompetingStaysAtTheEvent(String text) {
        SPORTS.check(text, "hunan").records(new MealCount("hunan", day("2026-11-27"), "DINNER", 36));
    }

    @Test
    void aTrainOrALeavingVerbAfterCompetingStillLeaves() {
        SPORTS.check("湖南比赛完坐G1234回", "hunan").records(new Departure("hunan", day("2026-11-27"), null, null, "G1234"));
        SPORTS.check("湖南 晚饭30人 下午比赛完就走", "hunan").has(Departure.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"广西有2个去机场接机 晚饭少2个", "广西有2个要去高铁站执勤 晚饭少2个", "广西 两个人去车站接站 晚饭少2个"})
    void peopleOffToAPlaceForADutyDoNotLeave(String text) {
        CONFERENCE.check(text, "guangxi").records(new MealCancel("guangxi", day("2026-12-09"), "DINNER", 2));
    }

    @Test
    void peopleOffToTheAirportWithNoDutyLeave() {
        CONFERENCE.check("广西有2个去机场 晚饭少2个", "guangxi").has(Departure.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南今晚宵夜20个 明天走的人也都在", "湖南宵夜20个，先走的那几个还在", "湖南宵夜20个 第二批后天走的都在哈"})
    void peopleNamedByTheirLeavingAndHereStillDoNotLeave(String text) {
        SPORTS.at("2026-11-27T18:00")
                .check(text, "hunan")
                .records(new MealCount("hunan", day("2026-11-27"), "LATE_NIGHT", 20));
    }

    @Test
    void peopleNamedByTheirLeavingWithNoWordOfBeingHereLeave() {
        SPORTS.at("2026-11-27T18:00").check("湖南明天上午走的10个人", "hunan").has(Departure.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"江西中午10个 其余都随考察团走", "江西中午10个，剩下的跟着考察线一起走"})
    void theRestAlongWithTheVisitsDoNotLeave(String text) {
        CONFERENCE.check(text, "jiangxi").records(new MealCount("jiangxi", day("2026-12-09"), "LUNCH", 10));
    }

    @Test
    void theRestLeavingWithNoVisitLeave() {
        CONFERENCE.check("江西中午10个 其余都走", "jiangxi").has(Departure.class);
    }
}
