package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * Trial 51: a bus liaison's pickup records the part of the team still to come ("还有2个…晚上8点到"); the team's liaison
 * then says the arrival again with other figures ("新疆实际到了46人 还有1个晚上8点到"). The part said again at the same
 * hour replaces the one recorded, so the team is never counted above its size.
 */
class ArrivalPartSaidAgainTest {

    /** The bus liaison's pickup, its part to come answered when the bot asks its figure. */
    private static void pickedUp(ConversationFixture f, String bus, String at, String text, String later) {
        String answer = f.answerTo(bus, at, text);
        if (answer.contains("请问是多少人")) f.say(bus, at, later);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus9|xinjiang|9号车接到新疆 实到45 还有2个说是坐下一班 晚上8点到|2个|新疆实际到了46人 还有1个晚上8点到|46|1|20:00|47",
                "bus9|xinjiang|9号车接到新疆 实到45 还有2个说是坐下一班 晚上8点到|2个|更正一下 车上数错了 其实到了46个 只有1个坐下一班 晚上8点到|46|1|20:00|47",
                "bus8|chongqing|8号车接到重庆 实到41 还有3个说是坐下一班 晚上9点到|3个|重庆实际到了42个 还有2个晚上9点到|42|2|21:00|44",
                "bus8|chongqing|8号车接到重庆 实到41 还有3个说是坐下一班 晚上9点到|3个|其实到了43个 剩下1个晚上九点到|43|1|21:00|44"
            })
    void thePartSaidAgainAtTheSameHourReplacesTheOneRecorded(
            String bus,
            String team,
            String pickup,
            String answer,
            String again,
            int now,
            int later,
            String hour,
            int size) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.of(2026, 11, 18);
        pickedUp(f, bus, "2026-11-18T16:40", pickup, answer);

        String said = f.answerTo(team, "2026-11-18T16:45", again);

        assertThat(said).contains("已有记录").contains(later + "人");
        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .containsExactlyInAnyOrder(
                        new Arrival(team, day, LocalTime.of(16, 45), now, null),
                        new Arrival(team, day, LocalTime.parse(hour), later, null));
        assertThat(f.diners(day.plusDays(1), "LUNCH", team)).isEqualTo(size);
    }

    @Test
    void anotherPartAtTheSameHourWithinTheTeamIsAddedBesideIt() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.of(2026, 11, 18);
        pickedUp(f, "bus9", "2026-11-18T16:40", "9号车接到新疆 实到45 还有2个说是坐下一班 晚上8点到", "2个");

        f.say("xinjiang", "2026-11-18T16:45", "新疆还有1个晚上8点到");

        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .contains(new Arrival("xinjiang", day, LocalTime.of(20, 0), 2, null))
                .contains(new Arrival("xinjiang", day, LocalTime.of(20, 0), 1, null));
    }

    @Test
    void aPartAtAnotherHourIsNotTheOneRecorded() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.of(2026, 11, 18);
        pickedUp(f, "bus9", "2026-11-18T16:40", "9号车接到新疆 实到45 还有2个说是坐下一班 晚上8点到", "2个");

        f.say("xinjiang", "2026-11-18T16:45", "新疆实际到了46人 还有1个明天早上8点到");

        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .contains(new Arrival("xinjiang", day, LocalTime.of(20, 0), 2, null));
    }
}
