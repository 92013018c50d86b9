package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.parse.MessageParser;

/**
 * People leaving today in a part of the day with no clock time ("有8个人下午先走"), read by the real
 * parser: the meals of the day they miss are lowered, and the answer says so. Hunan has 35 people;
 * breakfast 07:00–09:00, lunch 11:30–13:30, dinner 17:30–19:30.
 */
class PartOfDayDeparturesTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final Event EVENT = TestEvents.withPeople();
    private final MessageParser parser = new MessageParser(EVENT);
    private final ConversationFixture f = new ConversationFixture(EVENT, parser::parse);

    private String ask(String at, String text) {
        return f.answerTo("hunan-li", at, text);
    }

    private int diners(String meal) {
        return f.core.meals
                .count(SUNDAY, EVENT.meal(meal).orElseThrow(), "hunan")
                .diners();
    }

    @Test
    void leavingThisAfternoonLowersDinnerAndSaysSo() {
        String answer = ask("2026-11-22T09:00", "有8个人下午先走");

        assertThat(answer)
                .startsWith("已记录：湖南省代表团 11月22日（周日）下午 离开 8人")
                .contains("8人离会：11月22日晚餐")
                .doesNotContain("未说明几点离开");
        assertThat(diners("LUNCH")).isEqualTo(35);
        assertThat(diners("DINNER")).isEqualTo(27);
    }

    @Test
    void theMovementBoardShowsThePartOfTheDaySaid() {
        ask("2026-11-22T09:00", "有8个人下午先走");

        f.say("tian", "2026-11-22T09:05", "/moves");

        assertThat(f.lastTo(GROUP).text()).contains("下午 离开 湖南省代表团 8人").doesNotContain("时间待定");
    }

    @Test
    void leavingThisMorningLowersLunchAndDinner() {
        String answer = ask("2026-11-22T07:30", "我们团今天上午有8个人先走");

        assertThat(answer).contains("8人离会：11月22日午餐至");
        assertThat(diners("LUNCH")).isEqualTo(27);
        assertThat(diners("DINNER")).isEqualTo(27);
    }

    @Test
    void leavingThisEveningKeepsTodaysDinner() {
        String answer = ask("2026-11-22T09:00", "有8个人晚上走");

        assertThat(answer).contains("8人离会：11月23日早餐").doesNotContain("11月22日晚餐");
        assertThat(diners("DINNER")).isEqualTo(35);
    }

    @Test
    void aMealFigureSentWithTheLeaversIsShownOnceWithTheDepartureInItsPartOfTheDay() {
        ask("2026-11-22T09:00", "晚饭32人");

        String answer = ask("2026-11-22T09:05", "晚上有5个人先走了 报30");

        assertThat(answer)
                .startsWith("已记录：湖南省代表团 11月22日（周日）晚上 离开 5人")
                .contains("11月22日（周日）晚餐 报餐30人（32人→30人）")
                .doesNotContain("相应调整用餐")
                .doesNotContain("减30");
        assertThat(diners("DINNER")).isEqualTo(30);
    }

    @Test
    void aLunchAndADinnerFigureSentWithTheLeaversGetNoSecondLineEach() {
        String answer = ask("2026-11-22T09:00", "中午28 晚上有5个人先走了 报23");

        assertThat(answer)
                .contains("晚上 离开 5人", "午餐 报餐28人（35人→28人）", "晚餐 报餐23人（35人→23人）")
                .doesNotContain("相应调整用餐");
    }
}
