package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/**
 * A vehicle in trouble that no rule reads (a fault, a repair, a bus late, a vehicle not to be found: "6号车下午要拖去修
 * 明天我们坐什么车") is never dropped in silence: the bot asks (没能看懂). A repair already covered by another vehicle, a
 * fault fixed or said as done stays silent.
 */
class VehicleTroubleUnreadTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hubei|6号车下午要拖去修 明天我们坐什么车",
                "hubei|6号车什么时候能好 下午还要去场馆",
                "sichuan|3号车晚了快半小时 我们还在门口等",
                "-|李师傅：2号车右边后视镜被刮了，下午去修，湖北下午用车找调度",
                "-|杨师傅：9号车故障灯亮了，我先开去修理厂，四川下午要用车找调度",
                "guangxi|11号车李师傅说车在东门 我们在西门 到底在哪儿啊",
                "-|覃师傅：7号车明天跑长途 今天想去换雪地胎 下午的活谁能顶一下"
            })
    void aVehicleInTroubleIsNeverSilent(String sender, String text) {
        ParseOutcome read = PARSER.read(text, sender);
        boolean asks = read instanceof ParseOutcome.Incomplete i && !i.gaps().isEmpty();
        assertThat(!read.records().isEmpty() || asks).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "-|9号车还在修理厂，湖北今天继续用2号车",
                "-|调度：明天湖南送站换12号车，3号车拉去修",
                "-|向师傅：1号车明早送湖南的，防冻液也换了，放心",
                "hunan|7号车修好了 下午照常用",
                "-|3号车的后视镜昨天被刮了 已经修好了",
                "-|王师傅电话打不通 车停在宾馆侧门"
            })
    void aTroubleCoveredOrOverAsksNothing(String sender, String text) {
        ParseOutcome read = PARSER.read(text, sender);
        assertThat(read instanceof ParseOutcome.Incomplete i && !i.gaps().isEmpty()).as(text).isFalse();
    }
}
