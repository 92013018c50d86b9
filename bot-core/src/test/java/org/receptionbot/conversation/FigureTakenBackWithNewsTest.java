package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Movement;

/**
 * Trial 45: "福建刚才说32个 其实是31 有一个明天才到" after an arrival of 32 corrects that arrival to 31 and records the one
 * arriving tomorrow beside it (32 in all, not 33); questions and figures the sender did not report change nothing.
 */
class FigureTakenBackWithNewsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fujian|福建刚下飞机 32个人 行李还在转盘等|福建刚才说32个 其实是31 有一个明天才到|32|31|1",
                "henan|河南到了 39人|河南的刚才报的39人 实际是37 还有两个明天中午到|39|37|2",
                "jiangsu|江苏34人已到酒店|刚才说34个 其实是33 有1个明天上午到|34|33|1",
                "fujian|福建刚下飞机 32个人 行李还在转盘等|刚刚说的32个 其实只有30 有两个明天才到|32|30|2"
            })
    void theArrivalIsCorrectedAndTheLaterOnesRecordedBesideIt(
            String team, String arrival, String fix, int was, int now, int later) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.say(team, "14:00", arrival);

        String answer = f.answerTo(team, "15:05", fix);

        assertThat(answer).as(fix).startsWith("已更正").contains(now + "人").contains(later + "人");
        assertThat(f.movementsOf(team)).as(fix).extracting(Movement::count).containsExactlyInAnyOrder(now, later);
        assertThat(f.movementsOf(team))
                .as(fix)
                .filteredOn(m -> m.count() == now)
                .singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(TODAY));
        assertThat(f.movementsOf(team))
                .as(fix)
                .filteredOn(m -> m.count() == later)
                .singleElement()
                .satisfies(m -> assertThat(m.date()).isEqualTo(TODAY.plusDays(1)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "福建刚才说32个 其实是31吗？",
                "刚才说30个 其实是31 有一个明天才到",
                "晚饭刚才说32个 其实是31 有一个明天才到",
            })
    void questionsAndFiguresNotReportedLeaveTheArrival(String said) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        f.say("fujian", "14:00", "福建刚下飞机 32个人 行李还在转盘等");

        f.answerOrNull("fujian", "15:05", said);

        assertThat(f.movementsOf("fujian"))
                .as(said)
                .filteredOn(m -> m.date().equals(TODAY))
                .singleElement()
                .satisfies(m -> assertThat(m.count()).isEqualTo(32));
    }
}
