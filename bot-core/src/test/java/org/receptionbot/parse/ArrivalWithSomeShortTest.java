package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;

/**
 * An arrival said as done with some of the delegation short: today's arrival of those who came, the ones short their
 * own arrival on the day said (never the whole delegation moved to the later day); the shortfall alone with its day is
 * that later arrival, never a meal.
 */
class ArrivalWithSomeShortTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T10:20");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @CsvSource({
        "jiangsu, 全团34人已到 实际33 少一个明天来, 33, 1, 1",
        "guangdong, 广东到了 36人都在 有一个人明天才来, 36, 1, 1",
        "jiangsu, 到了33人 还有1个明天到, 33, 1, 1",
        "zhejiang, 浙江到了36个 差两个后天到, 36, 2, 2",
        "shandong, 山东已到38人，还有3个明天下午到, 38, 3, 1",
        "henan, 我们来了38个 还有一个晚点到, 38, 1, 0",
        "hubei, 湖北的到了 58人 还有两个坐下一班高铁, 58, 2, 0",
        "fujian, 福建到了31个 少一个明天才来, 31, 1, 1",
        "jiangxi, 江西人到了 26个 有1个后天才到, 26, 1, 2",
        "jiangsu, 全团34人已到 少一个明天来, 33, 1, 1",
        "fujian, 福建到了31个 少一个 明天到, 31, 1, 1",
        "zhejiang, 浙江到了36人 差两个 后天上午过来, 36, 2, 2"
    })
    void thoseWhoCameArriveTodayAndTheRestOnTheirDay(String sender, String text, int came, int later, int daysLater) {
        List<Record> records = PARSER.read(text, sender).contractRecords();
        assertThat(records).as(text).hasSize(2);
        assertThat(records.get(0)).as(text).isEqualTo(new Arrival(sender, TODAY, null, came, null));
        Arrival rest = (Arrival) records.get(1);
        assertThat(rest.count()).as(text).isEqualTo(later);
        assertThat(rest.date()).as(text).isEqualTo(TODAY.plusDays(daysLater));
    }

    @ParameterizedTest
    @CsvSource({
        "anhui, 我们到了 人都在 不过少一个 28人, 28",
        "jiangxi, 江西到了 差两个 25人, 25",
        "jiangsu, 已经到了 少了一个 33个人, 33",
        "fujian, 福建到酒店了 31人 少一个, 31",
        "zhejiang, 浙江人都到了 就差一个 37个, 37",
        "jiangsu, 来了33 还差一个, 33",
        "jiangsu, 33人已到，1人未到, 33"
    })
    void aShortfallBesideTheFigureWhoCameIsTodaysArrivalOfThem(String sender, String text, int came) {
        PARSER.check(text, sender).contract(new Arrival(sender, TODAY, null, came, null));
    }

    @ParameterizedTest
    @CsvSource({
        "anhui, 对 就是我们 少一个明天才来, 1, 1",
        "jiangsu, 少两个明天才来, 2, 1",
        "fujian, 差一个后天到, 1, 2",
        "henan, 嗯 还差3个 后天才到, 3, 2",
        "shandong, 缺一个明天过来, 1, 1"
    })
    void theOnesShortAloneWithTheirDayAreThatArrival(String sender, String text, int count, int daysLater) {
        PARSER.check(text, sender).contract(new Arrival(sender, TODAY.plusDays(daysLater), null, count, null));
    }

    @ParameterizedTest
    @CsvSource({
        "jiangsu, 到了 少一个明天来",
        "hunan, 湖南到了 差两个后天到",
        "hubei, 人都在 不过少一个",
        "guangdong, 都到了 就差一个",
        "jiangsu, 人齐了 少了俩",
        "liaoning, 差一个人 其他都到了",
        "shandong, 就差两个了 其余都到了",
        "anhui, 其他人都到了 还差两个"
    })
    void withNoFigureOfThoseWhoCameItAsksHowMany(String sender, String text) {
        assertThat(PARSER.read(text, sender))
                .as(text)
                .isInstanceOfSatisfying(
                        ParseOutcome.Incomplete.class,
                        i -> assertThat(i.gaps())
                                .anyMatch(g -> g.missing() == org.receptionbot.message.Gap.Field.COUNT));
    }

    @ParameterizedTest
    @CsvSource({
        "jiangsu, 明天还有一个团来",
        "hunan, 听说明天还有两个团要到",
        "jiangsu, 后天还有三个队到",
        "henan, 下午还有一个代表团要来",
        "jiangsu, 还有一个队明天才来 不是我们",
        "guangdong, 我们到了吗 还差一个明天到？"
    })
    void otherTeamsAndQuestionsStayRecordFree(String sender, String text) {
        PARSER.check(text, sender).noContract();
    }

    @ParameterizedTest
    @CsvSource({
        "hubei, 人都在 就是少一个凳子",
        "guangdong, 人都在 不过少一个碗",
        "liaoning, 车上人都在 少一个",
        "jiangsu, 会议室人都在 就差一个",
        "hunan, 都到了吗 还差一个？"
    })
    void thingsShortAndPlacesAreNoArrival(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Arrival.class);
    }
}
