package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;

/**
 * The conference's opening day (blind round v39): people met or riding a bus arrive (the bus carries them); an
 * arrival's question about the pickup is asked apart; "中午只有两个人在", "晚上剩下的是4个" count the diners;
 * "晚饭5个都不在" cancels five; a bus counted with its missing one explained is its head count alone.
 */
class ArrivalsAndMealsOpeningDayTest {
    private static final MessageParser PARSER = new MessageParser(TestEvents.conference());
    private static final Instant NOW =
            OffsetDateTime.parse("2026-12-08T09:00:00+08:00").toInstant();
    private static final Instant AFTERNOON =
            OffsetDateTime.parse("2026-12-08T15:00:00+08:00").toInstant();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @ParameterizedTest
    @CsvSource({
        "'', 1号车已接到河北厅6位 还在等下一个航班, hebei, 6",
        "'', 1号车已接到河北厅6位, hebei, 6",
        "tianjin, 天津四个人坐1号车已经到山庄了 谢谢接站的师傅, tianjin, 4",
        "hunan, 我们6个人坐2号车刚到酒店, hunan, 6",
        "hunan, 湖南3位乘5号车已到山庄, hunan, 3",
        "'', 3号车已接到江苏厅8位 正往山庄走, jiangsu, 8"
    })
    void peopleMetOrRidingABusArrive(String sender, String text, String team, int count) {
        assertThat(PARSER.parse(text, NOW, sender.isEmpty() ? null : sender).records())
                .containsExactly(new Arrival(team, TODAY, null, count, null));
    }

    @ParameterizedTest
    @CsvSource({
        "chongqing, 渝 5人 G1318 下午三点零五到南宁东 接站的车在哪边等啊, chongqing, 15:05, 5, G1318",
        "hunan, 我们8个人 D3602 下午4点20到南宁东 去哪里找接站的车, hunan, 16:20, 8, D3602",
        "hunan, 湖南3人 CZ3281 晚上7点半到吴圩机场 接机的师傅电话多少, hunan, 19:30, 3, CZ3281",
        "fujian, 福建4位 G1502 下午两点十分到南宁东 接站的在哪个出口呀, fujian, 14:10, 4, G1502",
        "hubei, 湖北厅6人 MU5327 晚上8点到 接机的在哪里等呀, hubei, 20:00, 6, MU5327"
    })
    void aPickupAskedAfterAnArrivalIsAskedApart(
            String sender, String text, String team, String time, int count, String transport) {
        assertThat(PARSER.parse(text, NOW, sender).records())
                .containsExactly(new Arrival(team, TODAY, java.time.LocalTime.parse(time), count, transport));
    }

    @ParameterizedTest
    @CsvSource({
        "anhui, 安徽厅中午只有两个人在, LUNCH, 2",
        "hunan, 湖南中午只有两个在, LUNCH, 2",
        "hunan, 晚上就3个人在呢, DINNER, 3",
        "mohurd, 更正 晚上剩下的是4个 不是5个, DINNER, 4",
        "mohurd, 晚上剩下4个, DINNER, 4",
        "hunan, 晚上剩下的是6个人, DINNER, 6",
        "hunan, 晚上剩下的人是4个, DINNER, 4"
    })
    void theFewPresentOrLeftAreTheMealsFigure(String sender, String text, String meal, int count) {
        assertThat(PARSER.parse(text, AFTERNOON, sender).records())
                .singleElement()
                .isEqualTo(new MealCount(sender, meal.equals("LUNCH") ? TODAY.plusDays(1) : TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource({
        "chongqing, 晚饭5个都不在, DINNER, 5",
        "hunan, 晚上有3个人不在, DINNER, 3",
        "hunan, 明天午饭有2个人不在山庄, LUNCH, 2",
        "hunan, 湖南晚饭两位不在, DINNER, 2",
        "hunan, 晚饭我们4个都不在, DINNER, 4"
    })
    void peopleAwayAtAMealCancelThem(String sender, String text, String meal, int count) {
        assertThat(PARSER.parse(text, AFTERNOON, sender).records())
                .singleElement()
                .isEqualTo(new MealCancel(sender, meal.equals("LUNCH") ? TODAY.plusDays(1) : TODAY, meal, count));
    }

    @ParameterizedTest
    @CsvSource({
        "5号车到山庄重新清点 实到34人 少的一个在机场还没出来, 5, 34",
        "5号车实到34人 少的一个在机场还没出来, 5, 34",
        "3号车实到40人 差的那个还在机场没出来, 3, 40",
        "2号车到了 实到28 少一个 还没下来, 2, 28",
        "6号车重新点了一遍 实到41人 缺的一位还没回来, 6, 41"
    })
    void aBusCountWithItsMissingOneExplainedIsTheCountAlone(String text, String vehicle, int count) {
        assertThat(PARSER.parse(text, AFTERNOON, null).records()).containsExactly(new Headcount(vehicle, count, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1号车已经到党校东门了", "坐1号车已经到了吗", "接站的车在哪边等啊", "下午三点到南宁东的车在哪边等啊", "现在只有两个人在", "晚上有3个人不在房间"})
    void talkAroundThemStaysRecordFree(String text) {
        assertThat(PARSER.parse(text, AFTERNOON, "hunan").records()).isEmpty();
    }
}
