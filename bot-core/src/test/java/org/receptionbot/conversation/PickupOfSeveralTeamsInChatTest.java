package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Arrival;

/**
 * Trial 60 #51: a bus liaison's pickup of two teams, each with its figure ("8号车第二趟 接到西藏3位 新疆5位 往山庄走"), is
 * both teams' arrival at the report's minute, never the bus counted with the first team only (the conference sample).
 */
class PickupOfSeveralTeamsInChatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "bus1|09:10|1号车接到天津4位 江苏9位|tianjin|4|jiangsu|9",
                "bus8|11:20|8号车第二趟 接到西藏3位 新疆5位 往山庄走|xizang|3|xinjiang|5"
            })
    void bothTeamsArriveAtTheReportsMinute(
            String bus, String at, String text, String first, int a, String second, int b) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());
        LocalDate day = LocalDate.of(2026, 12, 8);
        LocalTime now = LocalTime.parse(at);

        String answer = f.answerTo(bus, "2026-12-08T" + at, text);

        assertThat(answer)
                .contains("已记录", at + " 抵达 " + a + "人", at + " 抵达 " + b + "人")
                .doesNotContain("实到");
        assertThat(f.movementsOf(first)).containsExactly(new Arrival(first, day, now, a, null));
        assertThat(f.movementsOf(second)).containsExactly(new Arrival(second, day, now, b, null));
    }
}
