package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.record.Departure;

/**
 * Trial 43's changed set-off hours on the games sample: when only the hour the team sets off changes ("明天出发时间调整为
 * 7点"), the planned train stays on the departure, and the receipt names the meals the new hour changes.
 */
class SetOffHourInChatTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "beijing|明天出发时间调整为7点|07:00|G1118",
                "beijing|我们明天的出发时间改成早上7点|07:00|G1118",
                "shanghai|明天出发时间提前到早上6点半|06:30|G1502",
                "shanghai|上海明天提前到6:40出发|06:40|G1502",
                "beijing|北京队明天出发时间提前到7点|07:00|G1118",
            })
    void onlyTheHourChangedKeepsTheTrainAndNamesTheMeals(String sender, String text, String time, String train) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.of(2026, 11, 30);

        String answer = f.answerTo(sender, "2026-11-29T20:30", text);

        assertThat(answer).contains("已记录", train, "相应取消用餐：11月30日早餐");
        assertThat(f.diners(day, "BREAKFAST", sender)).isZero();
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .satisfies(e -> assertThat(e.record())
                        .isEqualTo(new Departure(sender, day, LocalTime.parse(time), null, train)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "shanghai|明天提前到6点半出发|06:30|G1502",
                "shanghai|上海队明天提前6点出发|06:00|G1502",
                "beijing|北京明天出发时间提前到5点半|05:30|G1118",
                "beijing|明天出发时间提前到6:40|06:40|G1118",
                "shanghai|我们明天提前到6点出发|06:00|G1502",
                "beijing|明天推迟到3点出发|15:00|G1118",
                "shanghai|明天出发时间推迟到下午2点|14:00|G1502"
            })
    void aChangeWordTakesTheHalfOfTheDayThatMovesThePlanThatWay(String sender, String text, String time, String train) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        String answer = f.answerTo(sender, "2026-11-29T20:30", text);

        assertThat(answer).contains("已记录", time, train);
        assertThat(f.ledger.activeMovements())
                .singleElement()
                .satisfies(e -> assertThat(e.record())
                        .isEqualTo(
                                new Departure(sender, LocalDate.of(2026, 11, 30), LocalTime.parse(time), null, train)));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"shanghai|明天出发时间会不会提前到6点", "beijing|明天早饭能不能提前到6点半", "shanghai|听说明天要提前出发 几点还不知道"})
    void talkOfAnEarlierSetOffRecordsNoDeparture(String sender, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

        f.say(sender, "2026-11-29T20:30", text);

        assertThat(f.ledger.activeMovements()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "neimenggu|明早12点半的车不变 出发时间改到10点 早饭正常吃|10:00|G1272",
                "xinjiang|车次不变 明天出发时间改到9点 早饭照常|09:00|G1118",
                "shanghai|明天高铁不变 出发时间推迟到9点，早餐正常吃|09:00|G1502",
                "hainan|明天出发时间改到10点半 12点半的车不变 早饭正常|10:30|G1118"
            })
    void theTrainKeptTheSetOffMovedAndTheBreakfastAsPlannedAreAllRecorded(
            String team, String text, String time, String train) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());
        LocalDate day = LocalDate.of(2026, 11, 30);

        String answer = f.answerTo(team, "2026-11-29T20:30", text);

        assertThat(answer).as(text).contains(time + " 离开（全团），" + train, "早餐").doesNotContain("未能识别");
        assertThat(f.movementsOf(team))
                .as(text)
                .singleElement()
                .isEqualTo(new Departure(team, day, LocalTime.parse(time), null, train));
        assertThat(f.diners(day, "BREAKFAST", team)).as(text).isPositive();
    }
}
