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
 * Trial 42: a pickup said as done with people still to come beside it, in any order of team, figure and verb
 * ("新疆队接到45个 还差2个明天到", "重庆队44个全接到了 另外还有1个后天到", "10号车把北京的41个接上了 剩1个下午自己过来"), is split
 * as an arrival with some short is ({@link ArrivedShort}): those met arrive today, the later time word is the later
 * ones' only. A pickup still to do, or met people that are no people, stay as the rules read them.
 */
class PickupWithOthersLaterTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|新疆队接到45个 还差2个明天到|xinjiang|45|2026-11-23||2",
                "''|湖南的接上啦 34个 还有一个坐晚班车明天早上到|hunan|34|2026-11-23||1",
                "''|山东队接到40人了 还有1个晚上自己打车过来|shandong|40|2026-11-22||1",
                "''|云南队接到了50人 还差3个后天到|yunnan|50|2026-11-24||3",
                "''|广东的已经接上了 30个 另外2个明天下午到|guangdong|30|2026-11-23||2",
                "''|贵州队刚接到45位 还有两位晚上9点到|guizhou|45|2026-11-22|21:00|2",
                "''|四川接上了40人 剩2个明天到|sichuan|40|2026-11-23||2",
                "''|重庆队44个全接到了 另外还有1个后天到|chongqing|44|2026-11-24||1",
                "''|湖北59人都接到了 还有1个明天到|hubei|59|2026-11-23||1",
                "''|北京41个已经接上了 还差1个下午到|beijing|41|2026-11-22||1",
                "''|河北队38人接到了，另有2人后天坐高铁到|hebei|38|2026-11-24||2",
                "''|接到新疆队45人 还差2个 明天中午的航班|xinjiang|45|2026-11-23||2",
                "''|10号车把北京的41个接上了 剩1个下午自己过来|beijing|41|2026-11-22||1",
                "''|3号车把湖南的30人接上了 还有2个明天坐高铁到|hunan|30|2026-11-23||2",
                "''|2号车接到湖北50个 剩下3个晚上的飞机|hubei|50|2026-11-22||3",
                "hunan|接到了 33位 剩下一位明早才到|hunan|33|2026-11-23||1",
                "hunan|我们队接上了32个 剩下的2个后天来|hunan|32|2026-11-24||2",
                "xinjiang|新疆队接到45个 还差2个明天到|xinjiang|45|2026-11-23||2"
            })
    void thoseMetArriveNowAndTheOnesStillToComeAtTheirOwnTime(
            String sender, String text, String team, int met, LocalDate later, LocalTime at, int rest) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read).as(text).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records()).as(text).hasSize(2);
        assertThat(read.records().get(0)).as(text).isEqualTo(new Arrival(team, TODAY, null, met, null));
        Arrival after = (Arrival) read.records().get(1);
        assertThat(after.delegation()).as(text).isEqualTo(team);
        assertThat(after.date()).as(text).isEqualTo(later);
        assertThat(after.time()).as(text).isEqualTo(at);
        assertThat(after.count()).as(text).isEqualTo(rest);
        assertThat(read.saidNow().count()).as(text).isEqualTo(met);
        assertThat(read.saidNow().missing()).as(text).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|我们甘肃的落地了 人基本都在 少一个|gansu",
                "gansu|我们落地了 人基本都在 就少一个|gansu",
                "''|甘肃队人基本都到了 差一个|gansu",
                "hunan|落地了 基本都在 还差两个|hunan",
                "''|湖北的落地了 人基本都在 缺一个|hubei"
            })
    void mostOfTheTeamThereWithSomeShortAsksHowManyCame(String sender, String text, String team) {
        ParseOutcome read = AT.read(text, sender.isEmpty() ? null : sender);

        assertThat(read).as(text).isInstanceOf(ParseOutcome.Incomplete.class);
        assertThat(read.records()).as(text).isEmpty();
        assertThat(((ParseOutcome.Incomplete) read).gaps())
                .singleElement()
                .satisfies(g -> assertThat(g.draft()).isEqualTo(new Arrival(team, TODAY, null, null, null)));
        assertThat(read.saidNow().missing()).as(text).isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "明天去接新疆队45个 还差2个后天到|45",
                "接到新疆队的电话 45个 还差2个明天到|45",
                "接到45个快递 还差2个明天到|45",
                "新疆队接到45个 还差2个吗|45",
                "没接到新疆队45个 还差2个明天到|45"
            })
    void aPickupStillToDoOrOfThingsIsNoArrivalOfThoseMetToday(String text, int figure) {
        for (String sender : new String[] {null, "xinjiang"}) {
            ParseOutcome read = AT.read(text, sender);
            for (Record r : read.records())
                assertThat(r instanceof Arrival a && TODAY.equals(a.date()) && a.count() != null && a.count() == figure)
                        .as(text)
                        .isFalse();
        }
    }
}
