package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * Session 43 (trial 71 #88): one person named by their leaving, then pointed at ("河南离开的那个是明天早上7点的车") is the
 * departure of one ({@link LeaverNamedOne}), not the whole delegation's; a group's leaving or 那个 as a thing (那趟车,
 * 那个时间, 那批) is not one person.
 */
class LeaverNamedOneTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-09T18:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "河南离开的那个是明天早上7点的车|henan|07:00",
                "河南离开的那个是明天早上7点的车 今天晚饭他还在|henan|07:00",
                "湖北先走的那个是明天上午10点的高铁|hubei|10:00",
                "湖南要走的那个明早7点坐G1234|hunan|07:00",
                "重庆回去的那位是明天下午3点的飞机|chongqing|15:00",
                "河南离开的那个人明天早上8点走|henan|08:00"
            })
    void theLeaverPointedAtIsOnePerson(String text, String team, String time) {
        List<Departure> read = departures(text);
        assertThat(read).as(text).hasSize(1);
        Departure d = read.get(0);
        assertThat(d.delegation()).as(text).isEqualTo(team);
        assertThat(d.count()).as(text).isEqualTo(1);
        assertThat(d.time()).as(text).hasToString(time);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "河南我们走的那个是明天早上7点的车",
                "河南走的那趟车是明天早上7点",
                "河南大家走的那个车是明天早上7点",
                "河南走的那个时间定了 明天早上7点",
                "河南先走的那批是明天早上7点的车",
                "河南离开的那天是明天",
                "河南离开的那个是几点的车？"
            })
    void aGroupOrAThingIsNoOnePerson(String text) {
        for (Departure d : departures(text))
            assertThat(Objects.equals(d.count(), 1)).as(text).isFalse();
    }

    private static List<Departure> departures(String text) {
        List<Record> read = CONFERENCE.read(text, null).records();
        return read.stream()
                .filter(Departure.class::isInstance)
                .map(Departure.class::cast)
                .toList();
    }
}
