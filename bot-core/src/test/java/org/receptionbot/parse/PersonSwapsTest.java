package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.VisitChange;

/** One person swapped for another on a route records nothing; a switch of routes or a figure still does. */
class PersonSwapsTest {
    private static final Event EVENT = TestEvents.conference();
    private static final Instant NOW = Instant.parse("2026-12-09T02:00:00Z");
    private final MessageParser parser = new MessageParser(EVENT);
    private final PersonSwaps swaps = new PersonSwaps(EVENT);

    @ParameterizedTest
    @CsvSource({
        "李处不去北海了 换王科去, beihai, 李处, 王科",
        "北海线张处长换成王处长去，人数不变, beihai, 张处长, 王处长",
        "去北海的李处换王科，人数不变, beihai, 李处, 王科",
        "李处长不去了，换王处长去北海, beihai, 李处长, 王处长",
        "王科替李处去柳州, liuzhou, 李处, 王科",
        "我们李处不去了 改由王科去, , 李处, 王科"
    })
    void aSwapNamesWhoLeavesAndWhoJoinsAndRecordsNothing(String text, String route, String out, String in) {
        PersonSwaps.Swap swap = swaps.read(text).orElseThrow();

        assertThat(swap.route() == null ? null : swap.route().id()).isEqualTo(route);
        assertThat(swap.out()).isEqualTo(out);
        assertThat(swap.in()).isEqualTo(in);
        assertThat(parser.parse(text, NOW, "hunan").records()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "湖南的李处换成王科, 李处, 王科",
        "湖南团的老周不去了 换小王去, 老周, 小王",
        "北海线江苏的张处长换成王处长, 张处长, 王处长",
        "江苏的王科替李处去北海, 李处, 王科",
        "湖南的李处不参加北海考察了 改由王科去, 李处, 王科",
        "福建的 北海线张处长换成王处长去，人数不变, 张处长, 王处长",
        "湖北这边 柳州线李科换成赵科 人数没变, 李科, 赵科",
        "广东厅的，百色线陈处不去了 换刘处去, 陈处, 刘处",
        "湖南那边的 北海线 老周换小王 人数不变哈, 老周, 小王",
        "江苏的  王科替李处去柳州 人数不变, 李处, 王科"
    })
    void theDeOfADelegationSaidBeforeANameIsNoPartOfIt(String text, String out, String in) {
        PersonSwaps.Swap swap = swaps.read(text).orElseThrow();

        assertThat(swap.delegation()).isNotNull();
        assertThat(swap.out()).isEqualTo(out);
        assertThat(swap.in()).isEqualTo(in);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "我们科长换柳州线",
                "广东厅王处从百色线换到北海线",
                "北海线李处换成王科和张三",
                "北海线改为2人",
                "李处改去柳州",
                "晚饭换成自助餐",
                "小张换回柳州线",
                "小张换回来去北海"
            })
    void aSwitchOfRoutesTwoForOneOrAFigureIsNoSwap(String text) {
        assertThat(swaps.read(text)).as(text).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aSwitchOfRoutesIsStillRead() {
        ParseOutcome read = parser.parse("李处改去柳州", NOW, "hunan");

        assertThat(read.records()).containsExactly(new VisitChange("hunan", 1, null, "liuzhou"));
    }
}
