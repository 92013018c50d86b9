package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;

/**
 * Words of arriving said as an aside (trial 51): how late people get in, the reason for a meal request beside it, and
 * everyone here at last said with thanks to all, are no arrival. A meal's figure said with 晚上, or a day said after the
 * part of the day, leaves a later clock time as said (trial 52).
 */
class ArrivalAsidesTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-18T19:40");
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-08T09:52");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yunnan|云南明天早饭55 但是晚上到得太晚了 早饭能不能8点半以后再吃",
                "hubei|湖北明早60 昨晚到的比较晚 早饭晚一点行吗",
                "hunan|明天早上35个 我们到得很晚 早饭能不能推迟半小时",
                "jilin|吉林明早40 晚上到得迟 早饭8点以后吧",
                "guizhou|晚上到得太晚了"
            })
    void howLateTheyGetInIsNoArrival(String sender, String text) {
        SPORTS.check(text, sender).contractHasNo(Arrival.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "yunnan|我们今晚到得比较晚 大概11点到|23:00|-",
                "yunnan|云南晚上到的很晚 9点半落地 CA1234|21:30|CA1234",
                "hunan|我们晚上到 宵夜留35份|-|-"
            })
    void anArrivalWithItsTimeOrAloneStays(String sender, String text, String time, String transport) {
        SPORTS.check(text, sender).contractHas(Arrival.class);
        Arrival a = (Arrival) SPORTS.read(text, sender).contractRecords().get(0);
        assertThat(a.date()).isEqualTo(TODAY);
        assertThat(a.time()).isEqualTo(time == null ? null : LocalTime.parse(time));
        assertThat(a.transport()).isEqualTo(transport);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"shaanxi|辛苦各位老师 今天总算都到齐了🙏 明天降温大家多穿点", "hunan|感谢大家 总算都到齐了", "gansu|谢谢各位老师 今天都到齐了 辛苦了"})
    void everyoneHereWithThanksToAllIsTalk(String sender, String text) {
        SPORTS.check(text, sender).noContract().asksNothing();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"shaanxi|辛苦各位老师 我们都到齐了", "shaanxi|谢谢大家 陕西33人都到齐了", "hunan|湖南今天都到齐了"})
    void theSendersTeamHereStaysAnArrival(String sender, String text) {
        SPORTS.check(text, sender).contractHas(Arrival.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "jiangxi|江西中午5 晚上5 明天早饭要打包2份 有两个人7点前要出发去机场|2|07:00",
                "guangxi|广西晚上12个 明天有3个8点之前要走|3|08:00",
                "hebei|河北中午6个 晚上6个 明天有两个9点前要走 坐G1234|2|09:00"
            })
    void aMealsEveningLeavesALaterClockAsSaid(String sender, String text, int count, String time) {
        CONFERENCE.check(text, sender).contractHas(Departure.class);
        Departure d = CONFERENCE.read(text, sender).contractRecords().stream()
                .filter(Departure.class::isInstance)
                .map(Departure.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(d.time()).isEqualTo(LocalTime.parse(time));
        assertThat(d.count()).isEqualTo(count);
        assertThat(d.date()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|晚上走2个，7点的车|19:00", "hubei|今晚先走3个 坐8点的G1234|20:00"})
    void anEveningOfTheMovementStillPlacesTheClock(String sender, String text, String time) {
        Departure d =
                (Departure) CONFERENCE.read(text, sender).contractRecords().get(0);
        assertThat(d.time()).isEqualTo(LocalTime.parse(time));
    }
}
