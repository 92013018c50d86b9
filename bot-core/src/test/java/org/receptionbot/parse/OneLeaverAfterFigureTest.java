package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * Known failures of the blind rounds (湖北柳州线改成6个了 有个领导上午要回武汉, 厦门明天早饭2个 留下的那位今晚8点MF8116先回厦门):
 * after a figure said for a meal or a route, one person who leaves is a departure of one, and the figure stays the
 * meal's or the route's ({@link OneLeaverAfterFigure}). A person who stays, or leaving said by the group itself, splits
 * nothing.
 */
class OneLeaverAfterFigureTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-24T20:00");
    private static final ParserFixture VISITS = ParserFixture.of(TestEvents.conference(), "2026-12-08T20:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "s|hunan|湖南明早早饭报30个 有一个教练明天早上6点40的G1234先走|hunan 2026-11-25 06:40 1 G1234|MEAL_COUNT 30",
                "s|sichuan|四川明天早饭40个 王处长明天上午坐3U8888回成都|sichuan 2026-11-25 null 1 3U8888|MEAL_COUNT 40",
                "s|guizhou|贵州明天午饭45 那个有个队员明天下午的G1522先回贵阳|guizhou 2026-11-25 null 1 G1522|MEAL_COUNT 45",
                "s|hebei|河北明早36个 发烧的那位明天一早坐D2246回石家庄|hebei 2026-11-25 null 1 D2246|MEAL_COUNT 36",
                "v|jiangsu|江苏北海线改成4个了 有个处长明天下午要回南京|jiangsu 2026-12-09 null 1 null|VISIT 4",
                "v|zhejiang|浙江 明天百色线只去3人了 陈处中午的飞机回杭州|zhejiang 2026-12-09 null 1 null|VISIT 3",
                "v|hunan|湖南明天柳州线去5个 另外有一位领导明天上午坐G530回长沙|hunan 2026-12-09 null 1 G530|VISIT 5"
            })
    void onePersonLeavingAfterAFigureIsADepartureOfOne(
            String event, String sender, String text, String departure, String kept) {
        List<Record> records =
                (event.equals("s") ? SPORTS : VISITS).read(text, sender).records();

        assertThat(departures(records)).as(text).containsExactly(departure);
        assertThat(records).as(text).anyMatch(r -> r.type().equals(kept.split(" ")[0]) && figure(r, kept));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "s|hunan|湖南晚饭30个 有一个教练晚上也回来吃",
                "s|hubei|湖北明天中午40个 王处长明天也在",
                "v|jiangsu|江苏北海线改成4个了 有个处长明天去柳州",
                "v|zhejiang|浙江 明天百色线只去3人了 陈处明天到"
            })
    void aPersonWhoDoesNotLeaveGivesNoDeparture(String event, String sender, String text) {
        List<Record> records =
                (event.equals("s") ? SPORTS : VISITS).read(text, sender).records();

        assertThat(departures(records)).as(text).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "s|hunan|湖南明天早饭30个 全团明天下午3点走",
                "s|hubei|湖北明天中午40个 我们明天下午坐G1234走",
            })
    void theGroupLeavingIsNoOnePerson(String event, String sender, String text) {
        List<Record> records =
                (event.equals("s") ? SPORTS : VISITS).read(text, sender).records();

        assertThat(departures(records)).as(text).noneMatch(d -> d.contains(" 1 "));
    }

    private static List<String> departures(List<Record> records) {
        return records.stream()
                .filter(Departure.class::isInstance)
                .map(Departure.class::cast)
                .map(d -> d.delegation() + " " + d.date() + " " + d.time() + " " + d.count() + " " + d.transport())
                .toList();
    }

    private static boolean figure(Record r, String kept) {
        Integer n = Integer.valueOf(kept.split(" ")[1]);
        return r instanceof org.receptionbot.record.MealCount m && n.equals(m.count())
                || r instanceof org.receptionbot.record.Visit v && n.equals(v.count());
    }
}
