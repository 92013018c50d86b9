package org.receptionbot.parse;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * A remark on today before the movement in the same stretch ("今天早上押加输了 淘汰了 … 六个运动员明天上午就先回去 坐G1722",
 * bf029, bf079): the movement's day is the last said before its verb, not the remark's.
 */
class DayOfTheLeavingTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T14:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hebei|河北今天拔河输了 明天上午8点先回去 坐G1234|2026-11-24|08:00|-|G1234",
                "jilin|今天的比赛都结束了 吉林明天中午12点走 全团40人|2026-11-24|12:00|40|-",
                "liaoning|辽宁今天射弩比完了 教练说8个运动员后天一早先撤 坐D5962 七点二十的|2026-11-25|07:20|8|D5962",
                "gansu|甘肃今天下午没比赛了 明天上午10点全团返程|2026-11-24|10:00|-|-",
                "hunan|原定明天走 改成今天下午5点走|2026-11-23|17:00|-|-",
                "hunan|湖南明天走 今天晚饭照常|2026-11-24|-|-|-"
            })
    void theLeavingTakesTheDaySaidBeforeItsVerb(
            String sender, String text, String date, String time, Integer count, String transport) {
        PARSER.check(text, sender)
                .thenContract()
                .filteredOn(r -> r instanceof Departure)
                .containsExactly(new Departure(
                        sender, LocalDate.parse(date), time == null ? null : LocalTime.parse(time), count, transport));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|今天比完了 明天去看看恩施大峡谷", "hunan|今天输了 明天还有比赛 不走", "hunan|今天比完了 明天上午去赛场给别的队加油"})
    void aDayOutAfterTheRemarkIsNoLeaving(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Departure.class);
    }
}
