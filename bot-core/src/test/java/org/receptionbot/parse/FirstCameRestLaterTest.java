package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;

/**
 * Trial (sports, 15:05 on the arrival day): the first of a delegation said to be here, counted, with the rest still to
 * come ("重庆先到41个 还差3个晚上9点的高铁到") is split as an arrival with some short is ({@link FirstCame},
 * {@link ArrivedShort}): the first ones arrive now with no time, the later time or day is the rest's only.
 */
class FirstCameRestLaterTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-18T15:05");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|重庆先到41个 还差3个晚上9点的高铁到|chongqing|41|2026-11-18|21:00|3",
                "''|湖南先到34个，还有2个晚上九点到|hunan|34|2026-11-18|21:00|2",
                "''|四川这边先到了四十五个 剩下3个晚上8点半坐高铁到|sichuan|45|2026-11-18|20:30|3",
                "''|湖北先落地50个 还差2个明天上午到|hubei|50|2026-11-19||2",
                "''|广东先来了30个人 还有两个明天下午到|guangdong|30|2026-11-19||2",
                "''|贵州队先到45人 还差5个晚点到|guizhou|45|2026-11-18||5",
                "gansu|我们先到27个哈 还差2个后天到|gansu|27|2026-11-20||2",
                "chongqing|先到41个 还差3个晚上九点的高铁到|chongqing|41|2026-11-18|21:00|3",
                // only some can come today, the rest by a ride named with its time or day
                "yunnan|云南今天只能到5个 还有一个处长晚上十点的航班|yunnan|5|2026-11-18|22:00|1",
                "''|湖北今天只到40个 另外3个明天上午的高铁|hubei|40|2026-11-19||3",
                "''|辽宁只到了30个 剩下4个明天的航班|liaoning|30|2026-11-19||4"
            })
    void theFirstOnesArriveNowAndTheRestAtTheirOwnTime(
            String sender, String text, String team, int first, LocalDate later, LocalTime at, int rest) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records()).as(text).hasSize(2);
        assertThat(read.records().get(0)).as(text).isEqualTo(new Arrival(team, TODAY, null, first, null));
        Arrival after = (Arrival) read.records().get(1);
        assertThat(after.delegation()).as(text).isEqualTo(team);
        assertThat(after.date()).as(text).isEqualTo(later);
        assertThat(after.time()).as(text).isEqualTo(at);
        assertThat(after.count()).as(text).isEqualTo(rest);
        assertThat(after.transport()).as(text).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|重庆41个先到 明早再报其他",
                "chongqing|还差3个几点到？",
                "''|重庆先到41个 还差3个几点到？",
                "chongqing|先到的41个晚饭在酒店吃",
                "''|重庆明天先到41个 还差3个后天到",
                "''|重庆明天只能到41个 还有3个后天的航班",
                "''|重庆只能到41个吗 还有3个几点的航班？"
            })
    void noFirstOnesHereNowStayAsTheRulesReadThem(String sender, String text) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        for (Record r : read.records())
            if (r instanceof Arrival a)
                assertThat(a.date().equals(TODAY) && a.time() == null && a.count() != null && a.count() > 40)
                        .as(text + " " + a)
                        .isFalse();
    }
}
