package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;

/**
 * Session 32: people named by their arrival ("是刚到的张处", "含今天刚到的一位处长", "今晚到的3位还要再加2间房") or said to have
 * come for an addition just reported ("晚宴加一个 我们处长临时赶过来了", "北海线再加1个 我们局长刚到") say whom a figure,
 * a route or a room is for: no arrival ({@link NamedByArrival}, {@link CameForAdded}). Arrivals with a place, a time,
 * a day of their own, or going on to their own verb, stay arrivals.
 */
class NamedByArrivalTest {
    private static final ParserFixture SPORTS = ParserFixture.of(TestEvents.reference(), "2026-11-22T10:00");
    private static final ParserFixture VISITS = ParserFixture.of(TestEvents.conference(), "2026-12-08T16:20");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "v|hebei|河北北海线加一位 是刚到的张处",
                "v|hunan|湖南柳州线改为5人（含今天刚到的一位处长）",
                "v||2号楼前台：环境部今晚到的3位还要再加2间房",
                "s|hunan|湖南明早早饭35个 昨晚到的那位之前报过了",
                "v|sichuan|四川明早早餐8个 明早到的那位之前报过了",
                "s|hubei|湖北晚饭加两个 是刚到的记者",
                "s|hunan|刚到的两位领导 晚饭加2个",
                "v|shandong|山东晚宴加一个 我们处长临时赶过来了",
                "v|jiangsu|江苏晚宴再加一个 厅里司机过来了",
                "v|fujian|福建北海线再加1个 我们局长刚到",
                "s|hebei|河北晚饭加两个 家属过来了"
            })
    void peopleNamedByTheirArrivalOrComeForAnAdditionArriveInNoRecord(String event, String sender, String text) {
        var read = (event.equals("v") ? VISITS : SPORTS).read(text, sender);

        assertThat(read.records()).as(text).isNotEmpty().noneMatch(r -> r instanceof Arrival);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hubei|昨晚后到的5个人今早7点20到了",
                "sichuan|四川到了 下午2点50到的 40个人都齐了",
                "hunan|湖南晚饭加2个 两个领导刚到酒店",
                "hunan|湖南晚饭加2个 领导下午3点过来",
                "hunan|湖南晚饭加2个 领导明天过来",
                "hunan|我们处长临时赶过来了"
            })
    void arrivalsWithTheirOwnPlaceTimeOrVerbStay(String sender, String text) {
        assertThat(SPORTS.read(text, sender).records()).as(text).anyMatch(r -> r instanceof Arrival);
    }
}
