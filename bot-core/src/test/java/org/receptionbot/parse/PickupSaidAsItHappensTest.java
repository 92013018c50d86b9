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
 * Trial 43: pickups said as they happen. A run-on with fillers and one person more said with a bare 个 ("江西27人 接上 嗯
 * 哦还有个人飞机延误 今晚十一点才到") is those met now and the later one at its own time ({@link ShortOnes}, {@link PickupMet});
 * a whole team met with the figure before the verb or the team before it, closed by thanks or the way they go ("云南55个全部接到
 * 辛苦司机师傅", "江苏接到35人 往酒店走了") is the arrival of those met ({@link PickupHead}); the other one on a later flight
 * ("接到重庆四十三位 另一位明早的航班") is their own arrival.
 */
class PickupSaidAsItHappensTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|江西27人 接上 嗯 哦还有个人飞机延误 今晚十一点才到|jiangxi|27|2026-11-22|23:00",
                "jiangxi|江西27人 接上 嗯 哦还有个人飞机延误 今晚十一点才到|jiangxi|27|2026-11-22|23:00",
                "''|湖南30人 接上了 嗯 还有个队员航班晚点 晚上10点到|hunan|30|2026-11-22|22:00",
                "''|山东40人 接上 那个 还差个人 晚上九点半到|shandong|40|2026-11-22|21:30",
                "''|贵州45个 接到了 啊 另外还有个人明天下午到|guizhou|45|2026-11-23|",
                "''|接到广东30人 哦 还有个同志明天到|guangdong|30|2026-11-23|",
                "hebei|我们36个 接上了 呃 还有个人坐下一班|hebei|36|2026-11-22|",
                "''|接到重庆四十三位 另一位明早的航班|chongqing|43|2026-11-23|",
                "chongqing|接到四十三位 另一位明早的航班|chongqing|43|2026-11-23|",
                "''|接上湖北五十九个 另一个后天到|hubei|59|2026-11-24|"
            })
    void thoseMetArriveNowAndTheOneMoreAtTheirOwnTime(
            String sender, String text, String team, int met, LocalDate later, LocalTime at) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records()).as(text).hasSize(2);
        assertThat(read.records().get(0)).as(text).isEqualTo(new Arrival(team, TODAY, null, met, null));
        Arrival after = (Arrival) read.records().get(1);
        assertThat(after.delegation()).as(text).isEqualTo(team);
        assertThat(after.date()).as(text).isEqualTo(later);
        assertThat(after.time()).as(text).isEqualTo(at);
        assertThat(after.count()).as(text).isEqualTo(1);
        assertThat(read.saidNow().count()).as(text).isEqualTo(met);
        assertThat(read.saidNow().missing()).as(text).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|云南55个全部接到 辛苦司机师傅|yunnan|55",
                "''|四川队48个全部接到 在往宾馆走|sichuan|48",
                "''|江苏接到35人 往酒店走了|jiangsu|35",
                "''|湖南34人都接上了 谢谢师傅|hunan|34",
                "''|贵州队50个已经接到 马上回酒店|guizhou|50",
                "''|广西接上52人 出发了|guangxi|52",
                "''|北京42人全接到了 辛苦了|beijing|42",
                "yunnan|55个全部接到 辛苦司机师傅|yunnan|55",
                "hubei|湖北59人都接到了|hubei|59"
            })
    void aWholeTeamMetWithThanksOrTheWayIsTheirArrival(String sender, String text, String team, int met) {
        AT.check(text, sender.isEmpty() ? null : sender)
                .understood()
                .records(new Arrival(team, TODAY, null, met, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "云南55个没接到 辛苦司机师傅|55",
                "云南55个要接到 辛苦司机师傅|55",
                "云南55个全部接到通知 辛苦了|55",
                "云南55个全部接到了吗|55",
                "去接云南55个 辛苦司机师傅|55",
                "明天云南55个全部接到 往宾馆走|55",
                "接到重庆电话 四十三位 另一位明早的航班|43",
                "江西27人 要接上 还有个人今晚十一点到|27",
                "江西27人 没接上 还有个人今晚十一点到|27",
                "江西27人 接上了吗 还有个人今晚十一点到|27",
                "接到通知 江西27人 还有个人今晚十一点到|27",
                "江西27人 接上 有个人发烧了|27"
            })
    void aPickupNotDoneAskedOrOfANoticeIsNoArrivalOfThoseMetNow(String text, int figure) {
        for (String sender : new String[] {null, "yunnan"}) {
            ParseOutcome read = AT.read(text, sender);
            for (Record r : read.records())
                assertThat(r instanceof Arrival a
                                && TODAY.equals(a.date())
                                && a.time() == null
                                && a.count() != null
                                && a.count() == figure)
                        .as(text)
                        .isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"江西27人 接上 还有个事 晚上说", "广东30人 接上了 还有个箱子明天到", "湖南接上34人 另一辆车明天到"})
    void aBareOneThatIsNoPersonIsNoLaterArrival(String text) {
        ParseOutcome read = AT.read(text, null);

        for (Record r : read.records())
            assertThat(r instanceof Arrival a && a.count() != null && a.count() == 1)
                    .as(text)
                    .isFalse();
    }
}
