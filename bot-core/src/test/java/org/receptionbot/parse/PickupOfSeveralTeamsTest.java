package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;

/**
 * A pickup listing several teams, each with its figure ("1号车接到天津4位 江苏9位", "8号车第二趟 接到西藏3位 新疆5位
 * 往山庄走"): one arrival of today per team met (records.md: one statement naming several delegations gives one record per
 * delegation), not the bus's head count of the first team. A count of the bus (实到), a pickup still to come, a question
 * or a notice received stay what they were.
 */
class PickupOfSeveralTeamsTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.conference(), "2026-12-08T11:20");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1号车接到天津4位 江苏9位|tianjin|4|jiangsu|9",
                "8号车第二趟 接到西藏3位 新疆5位 往山庄走|xizang|3|xinjiang|5",
                "接到天津4位、江苏9位 往山庄走了|tianjin|4|jiangsu|9",
                "2号车已接到辽宁的3个人 云南5个 马上出发|liaoning|3|yunnan|5",
                "刚接上西藏3位和新疆5位|xizang|3|xinjiang|5"
            })
    void eachTeamListedIsItsOwnArrival(String text, String first, int a, String second, int b) {
        AT.check(text)
                .understood()
                .records(new Arrival(first, TODAY, null, a, null), new Arrival(second, TODAY, null, b, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1号车要接到天津4位 江苏9位", "1号车接到天津4位 江苏9位了吗？", "1号车明天接天津4位 江苏9位", "接到通知 天津4位 江苏9位明天到"})
    void aPickupNotDoneIsNoArrival(String text) {
        assertThat(AT.read(text, null).records())
                .noneMatch(r -> r instanceof Arrival a
                        && TODAY.equals(a.date())
                        && "jiangsu".equals(a.delegation())
                        && Integer.valueOf(9).equals(a.count()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8号车实到8人 西藏3位 新疆5位", "8号车接到西藏3位 实到3人"})
    void aCountOfTheBusStaysItsCount(String text) {
        assertThat(AT.read(text, null).records()).allMatch(r -> r instanceof Headcount);
    }
}
