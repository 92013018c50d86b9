package org.receptionbot.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;

/**
 * A movement of today said late now, its hour said with no part of the day and hours past, is the evening's (trial:
 * "云南飞机又晚点了 九点半才落地" at 18:50 was 09:30, shown as arrived); a movement said done, in the morning before the
 * hour, with a day, a part of the day or an old plan keeps the hour as said.
 */
class LateTonightTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-18T18:50");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-18T18:50|yunnan|云南飞机又晚点了 九点半才落地 留饭改成宵夜吧 55份|ARRIVAL 2026-11-18 21:30",
                "2026-11-18T18:50|hunan|湖南的航班延误了 8点才到|ARRIVAL 2026-11-18 20:00",
                "2026-11-18T19:10|guangxi|我们高铁晚点 10点20才到|ARRIVAL 2026-11-18 22:20",
                "2026-11-18T18:50|hunan|湖南12个人 CA1234晚点了 九点半才到|ARRIVAL 2026-11-18 21:30",
                "2026-11-18T17:40|hunan|湖南火车晚点了 要9点40到|ARRIVAL 2026-11-18 21:40",
                "2026-11-18T16:00|jilin|吉林的飞机延误了，预计10点才能落地，晚饭不吃了|ARRIVAL 2026-11-18 22:00",
                "2026-11-18T20:30|sichuan|川队又延误了 十点半才到 宵夜48个|ARRIVAL 2026-11-18 22:30",
                "2026-11-28T18:50|jilin|吉林的航班延误了 9点才起飞|DEPARTURE 2026-11-28 21:00",
                "2026-11-28T17:20|hebei|河北的G1558晚点了 8点半才开|DEPARTURE 2026-11-28 20:30",
                "2026-11-28T15:00|shandong|山东飞机延误两个小时 10点20才走|DEPARTURE 2026-11-28 22:20",
                "2026-11-18T18:50|yunnan|那边说又晚了 九点一刻落地|ARRIVAL 2026-11-18 21:15",
                "2026-11-18T19:30|hunan|湖南又推迟了 十点到站|ARRIVAL 2026-11-18 22:00",
                "2026-11-18T18:50|gansu|甘肃的航班又要晚了 九点四十落地|ARRIVAL 2026-11-18 21:40",
                "2026-11-28T18:50|hebei|河北的航班又推迟了 九点半起飞|DEPARTURE 2026-11-28 21:30"
            })
    void aDelayOfTodayWithAnHourPastIsTheEvenings(String now, String sender, String text, String movement) {
        readsMovement(now, sender, text, movement);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-18T07:00|yunnan|9点半落地|ARRIVAL 2026-11-18 09:30",
                "2026-11-18T07:00|yunnan|飞机晚点了 九点半才落地|ARRIVAL 2026-11-18 09:30",
                "2026-11-18T18:50|yunnan|明早九点半到|ARRIVAL 2026-11-19 09:30",
                "2026-11-18T18:50|yunnan|飞机延误了 明天上午九点半才落地|ARRIVAL 2026-11-19 09:30",
                "2026-11-18T18:50|yunnan|飞机晚点了 上午九点半才落地|ARRIVAL 2026-11-18 09:30",
                "2026-11-18T10:00|yunnan|九点半已经落地了|ARRIVAL 2026-11-18 09:30",
                "2026-11-18T13:00|hunan|航班晚点了 九点半才到的|ARRIVAL 2026-11-18 09:30",
                "2026-11-18T08:00|hunan|K356晚点了 现在说是7点10分到|ARRIVAL 2026-11-18 07:10",
                "2026-11-18T18:50|hunan|湖南晚点了 晚上9点半才到|ARRIVAL 2026-11-18 21:30",
                "2026-11-18T07:00|yunnan|又晚了 九点一刻落地|ARRIVAL 2026-11-18 09:15",
                "2026-11-18T18:50|yunnan|又晚了 明早九点一刻落地|ARRIVAL 2026-11-19 09:15"
            })
    void aMorningHourSaidSoKeepsIt(String now, String sender, String text, String movement) {
        readsMovement(now, sender, text, movement);
    }

    private static void readsMovement(String now, String sender, String text, String movement) {
        PARSER.at(now)
                .check(text, sender)
                .thenContract()
                .map(LateTonightTest::said)
                .contains(movement);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-11-18T18:50|hunan|湖南9点半到的 车次晚点报",
                "2026-11-18T18:50|jilin|吉林早上9点的车已经走了 延误了一会",
                "2026-11-18T18:50|hunan|又晚了 九点已经到了",
                "2026-11-18T18:50|hunan|今天又晚了 9点才吃上饭"
            })
    void noMovementOfTheEvening(String now, String sender, String text) {
        PARSER.at(now)
                .check(text, sender)
                .thenContract()
                .map(LateTonightTest::said)
                .noneMatch(s -> s.contains(" 21:"));
    }

    private static String said(Object r) {
        if (r instanceof Arrival a) return "ARRIVAL " + a.date() + " " + a.time();
        if (r instanceof Departure d) return "DEPARTURE " + d.date() + " " + d.time();
        return r.getClass().getSimpleName();
    }
}
