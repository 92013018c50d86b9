package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;

/**
 * A pickup said as done ("接到湖北59人 往酒店走了", "4号车已经接到贵州8位队员", "刚接上 广东队 37个 马上出发") is the arrival of
 * those met, by whoever says it and with or without the bus named; people still to come said after it ("还有一个下午到")
 * are their own later arrival, and the time word is theirs, not the pickup's. Asking someone to fetch people, a bus to
 * fetch them later and a notice received are talk.
 */
class PickupReportsTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-22T08:40");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|接到湖北59人 往酒店走了|hubei|59",
                "''|4号车已经接到贵州8位队员|guizhou|8",
                "''|刚接上 广东队 37个 马上出发|guangdong|37",
                "''|接到四川代表团48名 在路上了|sichuan|48",
                "''|刚刚接到云南的12位 马上回|yunnan|12",
                "''|已经接上北京队员20人 出发了|beijing|20",
                "''|接到湖南队35人，往九院走了|hunan|35",
                "''|1号车已接到湖北59人|hubei|59",
                "hunan|3号车刚接到湖南5个人|hunan|5",
                "beijing|3号车刚接到湖南5个人|hunan|5",
                "hunan|3号车已经接上我们队员6位|hunan|6",
                "guizhou|4号车刚刚接到贵州队7人 往回走了|guizhou|7",
                "hunan|3号车接到湖南5个人了|hunan|5",
                "hunan|3号车接到我们6位了|hunan|6",
                "''|接到湖北的59个了|hubei|59",
                "''|接到湖北59人|hubei|59",
                "''|刚接到 贵州8位|guizhou|8"
            })
    void aPickupSaidAsDoneIsTheArrivalOfThoseMet(String sender, String text, String team, int count) {
        AT.check(text, sender.isEmpty() ? null : sender)
                .understood()
                .records(new Arrival(team, TODAY, null, count, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "10号车接到北京队41人 还有一个下午到|beijing|41|2026-11-22||1",
                "3号车已接到湖南33人 还差2个明天到|hunan|33|2026-11-23||2",
                "接到湖北58人 还有两个晚上8点到|hubei|58|2026-11-22|20:00|2",
                "5号车接到云南的54个 少一个 明天上午到|yunnan|54|2026-11-23||1",
                "已经接到广东36人了 还有1人下午3点到|guangdong|36|2026-11-22|15:00|1",
                "刚接上贵州队49位 还有1位坐下一班|guizhou|49|2026-11-22||1"
            })
    void thoseStillToComeAfterAPickupArriveApartAtTheirOwnTime(
            String text, String team, int met, LocalDate later, LocalTime at, int rest) {
        ParseOutcome read = AT.read(text, null);

        assertThat(read).isInstanceOf(ParseOutcome.Understood.class);
        assertThat(read.records()).hasSize(2);
        Arrival now = (Arrival) read.records().get(0);
        Arrival after = (Arrival) read.records().get(1);
        assertThat(now).isEqualTo(new Arrival(team, TODAY, null, met, null));
        assertThat(after.delegation()).isEqualTo(team);
        assertThat(after.date()).isEqualTo(later);
        assertThat(after.time()).isEqualTo(at);
        assertThat(after.count()).isEqualTo(rest);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1号车接到湖北59人了|1|59|hubei", "4号车接到贵州8位了|4|8|guizhou", "10号车接到北京42个|10|42|beijing"})
    void aNamedBusMeetingPeopleSaidByTheBusWithNoWordOfDoneIsItsCount(String text, String bus, int count, String team) {
        AT.check(text, null).records(new Headcount(bus, count, team));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "谁去接一下湖北的59人",
                "明天10号车去接北京队",
                "接到通知 下午开会",
                "接到湖北59人了吗",
                "3号车去高铁站接湖南5个人",
                "接到指示 明天8点集合",
                "一会儿要接广东队37个",
                "接到湖北电话 问晚饭几点"
            })
    void fetchingLaterOrANoticeReceivedIsTalk(String text) {
        for (String sender : new String[] {null, "hubei"}) {
            AT.check(text, sender).noRecords().nothing();
        }
    }
}
