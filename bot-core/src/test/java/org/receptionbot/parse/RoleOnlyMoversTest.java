package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * Trial 72 #2 ("黑龙江教练的航班晚点了 估计要11点半才到酒店" listed the whole team, in the hotel for days, as arriving at
 * 23:30): people named only by their role, with no figure, are a part of unknown size; the figure is asked
 * ({@link RoleOnlyMovers}), never the whole delegation recorded.
 */
class RoleOnlyMoversTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-23T14:40");

    @ParameterizedTest
    @ValueSource(strings = {"黑龙江教练的航班晚点了 估计要11点半才到酒店", "黑龙江的教练晚上11点半到", "黑龙江领队明天上午到", "黑龙江裁判明天早上8点走"})
    void aRoleWithNoFigureIsAsked(String text) {
        var read = AT.read(text, "heilongjiang");
        assertThat(read.records()).as(text).noneMatch(r -> r instanceof Movement m && m.count() == null);
        assertThat(gaps(read)).as(text).anyMatch(g -> g.missing() == Gap.Field.COUNT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"黑龙江教练组三个人今晚到 坐G1376", "黑龙江两个教练晚上11点半到", "黑龙江教练和队员都到了", "黑龙江全体教练员今天下午到", "黑龙江晚上11点半到"})
    void aFigureOrTheWholeIsNotAsked(String text) {
        var read = AT.read(text, "heilongjiang");
        assertThat(read.records()).as(text).anyMatch(r -> r instanceof Arrival || r instanceof Departure);
        assertThat(gaps(read)).as(text).noneMatch(g -> g.missing() == Gap.Field.COUNT);
    }

    private static List<Gap> gaps(ParseOutcome read) {
        return read instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of();
    }
}
