package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;

/**
 * The hour the team sets off, said changed ("明天出发时间调整为7点", "提前到8点出发"), is the departure's new plan (trial 41);
 * a set-off of a trip of the day, a meal's hour or a coordinator's notice to all teams is no departure. A breakfast
 * packed or skipped after the hour ("明天6点半就走 早饭打包12份") says the hour is the morning's, as before it.
 */
class SetOffHourChangedTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-23T16:00");
    private static final LocalDate TOMORROW = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hunan|明天出发时间调整为7点|07:00|-|-",
                "hunan|明天的出发时间改成早上7点半|07:30|-|-",
                "hunan|出发时间推迟到明天上午10点 坐G1722|10:00|-|G1722",
                "hunan|湖南明天提前到8点出发|08:00|-|-",
                "guangxi|我们改成明天9点出发 全团52人|09:00|52|-",
                "jilin|明天出发时间提前到早上6点半|06:30|-|-",
                "jilin|吉林明天出发的时间改了 改成8点|08:00|-|-",
                "anhui|我们明天提前到7点半出发 早饭能不能早点|07:30|-|-",
                "hunan|明天出发时间改到8点，早餐能否提前？|08:00|-|-"
            })
    void aChangedSetOffHourIsTheDeparture(String sender, String text, String time, Integer count, String transport) {
        PARSER.check(text, sender).contract(new Departure(sender, TOMORROW, LocalTime.parse(time), count, transport));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hunan|明天去赛场的出发时间提前到7点",
                "-|明天各队出发时间调整为7点",
                "hunan|明天早饭提前到6点半 7点出发",
                "hunan|明天集合出发时间改成8点",
                "hunan|明天比赛提前了 改成7点出发",
                "-|明天出发时间是几点"
            })
    void aSetOffOfTheDayOrANoticeIsNoDeparture(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Departure.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|明天6点半就走 早饭打包12份|06:30",
                "hunan|明天5点40出发去机场 早饭不吃了|05:40",
                "hunan|明天6点走 早餐打包带走|06:00",
                "hunan|明天6点20就走 早饭给我们打包35份|06:20",
                "hunan|明天6点的G1234 早饭来不及吃|06:00",
                "hunan|明天6点半就走 晚饭不吃了|18:30",
                "hunan|明天5点走 早饭照常|17:00",
                "hunan|明天4点走 午饭打包|16:00"
            })
    void aBreakfastPackedOrSkippedAfterTheHourMakesItTheMorning(String sender, String text, String time) {
        PARSER.check(text, sender)
                .thenContract()
                .filteredOn(r -> r instanceof Departure)
                .extracting(r -> ((Departure) r).time())
                .containsExactly(LocalTime.parse(time));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|明天提早到8点出发|08:00",
                "jilin|吉林明天出发时间提早到7点半|07:30",
                "hunan|明天推后到10点出发|10:00",
                "guangxi|我们明天晚点到10点出发|10:00",
                "hunan|明天晚点出发 改到9点|09:00",
                "jilin|明天出发时间延后到9点半|09:30"
            })
    void aMoveWordOfEitherFamilyIsReadAlike(String sender, String text, String time) {
        PARSER.check(text, sender).contract(new Departure(sender, TOMORROW, LocalTime.parse(time), null, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|明天提前半小时出发",
                "jilin|明天提早一个小时出发",
                "guangxi|我们明天推迟40分钟出发",
                "hunan|明天早半个小时出发",
                "jilin|明天晚一个半小时出发",
                "hunan|明天再提前半小时出发"
            })
    void aSetOffMovedByAnAmountIsTheDepartureItsHourLeftToTheStandingOne(String sender, String text) {
        PARSER.check(text, sender).contract(new Departure(sender, TOMORROW, null, null, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|明早12点半的车不变 出发时间改到10点 早饭正常吃|10:00|BREAKFAST",
                "jilin|明天出发时间改到9点 早饭照常|09:00|BREAKFAST",
                "guangxi|出发时间推迟到明天上午10点，早餐正常吃|10:00|BREAKFAST",
                "hunan|明天午饭不吃了 出发时间提前到11点|11:00|LUNCH"
            })
    void aMealInAnotherClauseIsAReportBesideTheSetOff(String sender, String text, String time, String meal) {
        var records = PARSER.read(text, sender).contractRecords();
        assertThat(records)
                .as(text)
                .contains(new Departure(sender, TOMORROW, LocalTime.parse(time), null, null))
                .anySatisfy(r -> assertThat(r.toString()).contains("meal=" + meal));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "hunan|明天早饭提早到6点半",
                "hunan|明天早饭提前到6点半出发",
                "hunan|明天能不能提前半小时出发",
                "hunan|提前到6点出发可以吗",
                "hunan|明天提前到6点出发 可以吗",
                "hunan|明天提前到6点出发？",
                "hunan|能不能 明天提前到6点出发",
                "hunan|明天出发时间是不是提早到7点了",
                "hunan|火车晚点到10点",
                "hunan|明天比赛提早了 改成7点出发",
                "-|明天各队出发时间提早到7点"
            })
    void aMoveOfAMealOrATripOrAQuestionIsNoDeparture(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Departure.class);
    }
}
