package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * Session 37: one person pointed at with 那个 and no person word ("重庆北海线的那个明天上午要先走 坐G420 11点", "重庆那个人明天走")
 * is one person leaving or coming ({@link PointedOne}), not the whole delegation; 那个 as a filler (然后那个, 那个 at the
 * start, 我们那个) or before a group or a thing leaves the movement the delegation's.
 */
class OnePointedAtLeavesTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-09T18:00");
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "重庆北海线的那个明天上午要先走 坐G420 11点",
                "重庆那个明天上午先走 坐G420 11点",
                "重庆那个人明天上午先走",
                "重庆的那个明天先回",
                "重庆柳州线那个今晚先走",
                "重庆那个明早到"
            })
    void onePointedAtIsOnePerson(String text) {
        List<Record> read = CONFERENCE.read(text, null).records();
        assertThat(read).as(text).hasSize(1);
        assertThat(count(read.get(0))).as(text).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南那个今晚先回", "湖南队的那个明天下午走", "江西那个人明天早上到"})
    void onePointedAtInASportsTeam(String text) {
        List<Record> read = SPORTS.read(text, null).records();
        assertThat(read).as(text).hasSize(1);
        assertThat(count(read.get(0))).as(text).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"那个 湖南明天下午走", "湖南这边那个明天下午走", "湖南然后那个明天下午走", "湖南那个明天下午都走", "湖南那个明天下午全团走"})
    void aFillerOrAGroupLeavesItTheTeams(String text) {
        List<Record> read = SPORTS.read(text, null).records();
        assertThat(read).as(text).isNotEmpty();
        for (Record r : read) assertThat(count(r)).as(text).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南那个明天几点走？", "湖南那个车明天下午走", "湖南明天下午走 那个车几点到"})
    void aQuestionOrAThingIsNoOnePersonsMove(String text) {
        for (Record r : SPORTS.read(text, null).records())
            assertThat(Objects.equals(count(r), 1)).as(text).isFalse();
    }

    private static Integer count(Record r) {
        if (r instanceof Departure d) return d.count();
        if (r instanceof Arrival a) return a.count();
        return -1;
    }
}
