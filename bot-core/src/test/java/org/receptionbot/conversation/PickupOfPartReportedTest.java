package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * Trial 54: the team reports its late part itself ("河北到了4个人 另外2个晚上9点半到"); the bus liaison sent for them
 * then says they were picked up ("2个 河北的两位处长 都接上了"). The pickup completes the part reported, marked arrived
 * at the pickup, and adds nobody to the team's meals.
 */
class PickupOfPartReportedTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "conference|hebei|bus8|2026-12-08|河北到了4个人 另外2个晚上9点半到|21:50|2个 河北的两位处长 都接上了|4|2|21:30|6",
                "conference|hebei|bus8|2026-12-08|河北到了4个人 另外2个晚上9点半到|21:10|8号车接到河北两位了 往山庄走|4|2|21:30|6",
                "conference|shanxi|bus8|2026-12-08|山西到了3个人 还有2个晚上8点落地|20:25|接上山西的2个了 马上回山庄|3|2|20:00|5",
                "games|xinjiang|bus9|2026-11-18|新疆到了44个 剩下3个晚上10点到|22:20|9号车已接到新疆3人|44|3|22:00|47"
            })
    void thePickupCompletesThePartReported(
            String sample,
            String team,
            String bus,
            String date,
            String parts,
            String at,
            String pickup,
            int first,
            int later,
            String hour,
            int size) {
        ConversationFixture f =
                ConversationFixture.parsing(sample.equals("games") ? SampleEvents.games() : SampleEvents.conference());
        LocalDate day = LocalDate.parse(date);
        f.say(team, date + "T12:30", parts);

        String answer = f.answerTo(bus, date + "T" + at, pickup);

        assertThat(answer).contains("已抵达").doesNotContain("各加");
        // the part arrived first as the team said it (timed at its report, or untimed when said as done)
        assertThat(f.ledger.activeMovements())
                .extracting(e -> ((Arrival) e.record()).count())
                .containsExactlyInAnyOrder(first, later);
        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .contains(new Arrival(team, day, LocalTime.parse(at), later, null));
        assertThat(f.diners(day.plusDays(1), "LUNCH", team)).isEqualTo(size);
        assertThat(answer).contains("原报" + hour);
    }
}
