package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;

/**
 * Trial 52 ("不是 10点半是退房时间 航班还是12点40的" moved the departure to 10:30) and the blind rounds ("天津明早30份早餐全部打包
 * 6点半取 7点就走了"): a time named as something other than leaving (the check-out, a meal, a pick-up) beside another
 * time is not the departure's ({@link CheckOutClocks}). Said alone, the time stays the departure's.
 */
class TimeNamedAsOtherTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-27T20:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tianjin|天津明早30份早餐全部打包 6点半取 7点就走了|07:00",
                "hunan|湖南明早早饭打包 6点拿 6点半就出发了|06:30",
                "hubei|湖北明天6点吃早饭 7点出发去车站|07:00",
                "henan|河南明天上午10点半是退房时间 航班是12点40的 明天走|12:40",
                "jiangxi|江西明天9点退房 11点20的G1376走|11:20",
                "shanxi|山西明天早上7点开饭 8点坐大巴走|08:00",
            })
    void theOtherTimeIsNotTheDepartures(String sender, String text, LocalTime time) {
        assertThat(departureTimes(AT.read(text, sender))).as(text).containsExactly(time);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|湖南明天上午8点退房走|08:00", "guizhou|贵州明天上午9点退房 坐大巴走|09:00"})
    void aTimeOfLeavingStays(String sender, String text, LocalTime time) {
        assertThat(departureTimes(AT.read(text, sender))).as(text).containsExactly(time);
    }

    private static List<LocalTime> departureTimes(ParseOutcome read) {
        List<LocalTime> times = new java.util.ArrayList<>(read.records().stream()
                .filter(Departure.class::isInstance)
                .map(r -> ((Departure) r).time())
                .toList());
        if (read instanceof ParseOutcome.Incomplete i)
            i.gaps().stream()
                    .filter(g -> g.draft() instanceof Departure)
                    .forEach(g -> times.add(((Departure) g.draft()).time()));
        return times;
    }
}
