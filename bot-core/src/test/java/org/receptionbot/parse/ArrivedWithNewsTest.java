package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;

/**
 * A delegation's arrival said done at the head of other news (session 37, round bp: "北京团G532到了 42人下车了
 * 出站口没看到10号车啊"): the arrival carries the figure said alone in a stretch of its own (38人, 42人下车了, 人齐31,
 * 29全员), the train or flight named at its head or alone (K1256, Z38晚了半小时) and the hour got there (6点35就到九院了);
 * the car not found, the room, the sick athlete stay their own. People not yet there, a car, a bus's count or a figure
 * of rooms give the arrival no figure.
 */
class ArrivedWithNewsTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-18T18:50");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "beijing|北京团G532到了 42人下车了 出站口没看到10号车啊|-|42|G532",
                "sichuan|四川G88到站了 48人都下车了 车在哪|-|48|G88",
                "heilongjiang|龙江团到了 Z38晚了半小时 人齐31 现在站外 没看到车|-|31|Z38",
                "zhejiang|浙江团到了 38人 K1256 路上有个队员一直拉肚子 能不能帮忙买点药|-|38|K1256",
                "hunan|湖南到了 D1234 35人 行李少了两件|-|35|D1234",
                "gansu|甘肃大巴到了 29全员 房间是好的 就是有一间有股霉味 窗户打不开|-|29|-",
                "hubei|湖北到了 全员25人 有两个房间空调坏了|-|25|-",
                "qinghai|青海到了 G2373晚了10分钟 27人 参赛证还没拿到 能不能帮忙送过来|-|27|G2373",
                "guizhou|贵州的大巴到民宿了 50人 4号车黄师傅在前面带路的 辛苦|-|50|-",
                "shanxi|山西到了 30人齐了 司机师傅辛苦了|-|30|-",
                "henan|河南提前到了 6点35就到九院了 39人 正在吃饭|18:35|39|-"
            })
    void theArrivalCarriesItsFigureAndTrain(String sender, String text, String time, Integer count, String train) {
        LocalTime at = time == null ? null : LocalTime.parse(time);
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .containsExactly(new Arrival(sender, TODAY, at, count, train));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|到了 房间有3间没打扫", "hubei|湖北到了 3个房间没打扫", "hubei|湖北到了 3间房 热水器坏了", "guangdong|广东到了 1206房间热水器不出热水"})
    void aFigureOfTheProblemIsNoFigureOfTheArrival(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .filteredOn(r -> r instanceof Arrival)
                .containsExactly(new Arrival(sender, TODAY, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|42人还没到", "hubei|车到了 在出口", "hubei|到了吗 42人"})
    void noArrivalSaidDoneGivesNone(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Arrival.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hubei|3号车到了 42人"})
    void aNumberedBusArrivingWithAFigureIsItsCount(String sender, String text) {
        assertThat(PARSER.read(text, sender).contractRecords())
                .as(text)
                .hasAtLeastOneElementOfType(Headcount.class)
                .noneMatch(r -> r instanceof Arrival a && a.count() != null);
    }
}
