package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * Session 43 (trial 72 #1: "早上好 我们今天早饭晚点吃 大概8点半 有比赛的先走了" cancelled 23 meals as the whole team's
 * leaving): people named by their part in the games, leaving first, are off to compete ({@link CompetingLeavers}); people
 * leaving with a day, a train, a terminal or a way home still leave.
 */
class CompetingLeaversTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-23T07:40");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "早上好 我们今天早饭晚点吃 大概8点半 有比赛的先走了",
                "湖南有比赛的先走了",
                "湖南打比赛的队员已经出发了 其他人8点半吃早饭",
                "上场的几个先过去了 湖南",
                "湖南参赛的先出发了"
            })
    void peopleOffToCompeteLeaveNothing(String text) {
        assertThat(departures(text)).as(text).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"湖南没比赛的先走了 坐G1234回长沙", "湖南有比赛的明天走", "湖南比赛完的6个坐G1380回去", "湖南有比赛的打完直接去机场", "湖南6个队员先走了 下午的高铁"})
    void aTripAwayStillLeaves(String text) {
        assertThat(departures(text)).as(text).isNotEmpty();
    }

    private static List<Departure> departures(String text) {
        List<Record> read = SPORTS.read(text, "hunan").records();
        return read.stream()
                .filter(Departure.class::isInstance)
                .map(Departure.class::cast)
                .toList();
    }
}
