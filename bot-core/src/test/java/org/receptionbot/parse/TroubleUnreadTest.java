package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;

/**
 * A trouble no rule reads is never dropped in silence: a vehicle in trouble (a repair, a fault, a bus late, a vehicle
 * not found: "6号车下午要拖去修 明天我们坐什么车") or a meal gone wrong ("到餐厅发现没位置了 还要等多久", "菜里有猪油")
 * is asked about (没能看懂). A repair covered by another vehicle, a trouble fixed or solved, and a question for
 * information about a diet (清真窗口在几号门) stay silent.
 */
class TroubleUnreadTest {
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
        assertThat(heard(text, sender)).as(text).isTrue();
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
        PARSER.check(text, sender).asksNothing();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|湖南到餐厅发现没位置了 还要等多久",
                "hunan|九院餐厅坐满了 我们还要等多久",
                "guangxi|广西 那个晚上要清真的 中午的菜里有猪油 麻烦跟餐厅说一下",
                "hubei|我们到餐厅没座 九院餐厅全坐满了"
            })
    void aMealGoneWrongIsNeverSilent(String sender, String text) {
        assertThat(heard(text, sender)).as(text).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|请问清真窗口在几号门？", "hunan|请问今天中午清真窗口开不开", "hunan|湖南的午饭在哪领啊 找了一圈没找到", "hunan|餐厅没位置的问题已经解决了"})
    void aQuestionOrATroubleSolvedAsksNothing(String sender, String text) {
        PARSER.check(text, sender).asksNothing();
    }

    /** Whether the message gives a record or a question. */
    private static boolean heard(String text, String sender) {
        ParseOutcome read = PARSER.read(text, sender);
        return !read.records().isEmpty() || asks(read);
    }

    private static boolean asks(ParseOutcome read) {
        return read instanceof ParseOutcome.Incomplete i && !i.gaps().isEmpty();
    }
}
