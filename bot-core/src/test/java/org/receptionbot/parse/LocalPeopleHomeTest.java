package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;

/**
 * People of the event's city going home for a meal or the night ("4个回家吃了 他们本地的", "晚上回家住 明天早上自己来")
 * leave nothing (trial 50: a departure of 4 took them off the next days' meals and a route); the meal's figure is the
 * record. Going home with a ticket, a station or the event over is a departure still.
 */
class LocalPeopleHomeTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T14:45");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "guangxi|广西晚饭只有8个 4个回家吃了 他们本地的|8",
                "guangxi|广西今晚晚饭8个 另外4个本地的回家吃 明天照常来开会|8",
                "guangxi|晚饭10个 有两个回家吃饭|10",
                "guangxi|广西晚上9人 3个本地的回家了|9",
                "guangxi|广西厅晚餐7个 其余的晚上回家住 明早自己过来|7"
            })
    void homeForAMealOrTheNightIsNoDeparture(String sender, String text, int dinner) {
        PARSER.check(text, sender)
                .recordsInclude(new MealCount(sender, TODAY, "DINNER", dinner))
                .contractHasNo(Departure.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"广西有2个明天坐G1234回家", "我们4个人下午就回家了 不参加晚饭", "会开完了 明天上午回家"})
    void goingHomeOtherwiseIsStillADeparture(String text) {
        PARSER.check(text, "hubei").contractHas(Departure.class);
    }
}
