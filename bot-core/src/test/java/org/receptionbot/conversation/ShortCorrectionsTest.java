package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/** 不对/错了/更正 with a figure, said on its own, corrects the sender's last report; read by the real parser. */
class ShortCorrectionsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private String ask(String at, String text) {
        return f.answerTo("hunan-li", at, text);
    }

    private int hunanDinner() {
        return f.core.meals
                .count(SUNDAY, EVENT.meal("DINNER").orElseThrow(), "hunan")
                .diners();
    }

    @Test
    void aCorrectionWithItsDirectionKeepsTheReductionAndItsMeal() {
        ask("2026-11-22T09:00", "晚上少3个");
        int before = hunanDinner();

        String answer = ask("2026-11-22T09:01", "不对 是少4个");

        assertThat(answer).startsWith("已更正：").contains("晚餐").contains("减少4人").doesNotContain("哪一餐");
        assertThat(hunanDinner()).isEqualTo(before - 1);
    }

    @Test
    void theReadmesCorrectionFormCorrectsTheLastReductionEvenWithAQuestionOpen() {
        ask("2026-11-22T09:00", "晚上少3个");
        int before = hunanDinner();
        f.say("hunan-li", "2026-11-22T09:01", "再少几个");

        String answer = ask("2026-11-22T09:02", "不对，是4人");

        assertThat(answer).startsWith("已更正：").contains("减少4人").doesNotContain("没能看懂");
        assertThat(hunanDinner()).isEqualTo(before - 1);
    }

    @Test
    void 错了AndCorrectWithAFigureCorrectToo() {
        ask("2026-11-22T09:00", "晚上少3个");
        int before = hunanDinner();

        assertThat(ask("2026-11-22T09:01", "错了，4个")).startsWith("已更正：").contains("减少4人");
        assertThat(ask("2026-11-22T09:02", "更正：少5人")).startsWith("已更正：").contains("减少5人");
        assertThat(hunanDinner()).isEqualTo(before - 2);
    }

    private int hunan(LocalDate date, String meal) {
        return f.core.meals.count(date, EVENT.meal(meal).orElseThrow(), "hunan").diners();
    }

    @Test
    void aRepeatedNoAndARemarkAfterTheFigureStillCorrect() {
        ask("2026-11-22T09:00", "晚上少3个");
        int before = hunanDinner();

        assertThat(ask("2026-11-22T09:01", "不对不对 是4个 说错了")).startsWith("已更正：").contains("减少4人");
        assertThat(ask("2026-11-22T09:02", "错了错了，是5个")).startsWith("已更正：").contains("减少5人");
        assertThat(ask("2026-11-22T09:03", "哦 不对 是6个")).startsWith("已更正：").contains("减少6人");
        assertThat(hunanDinner()).isEqualTo(before - 3);
    }

    @Test
    void aMealNamedInTheCorrectionCorrectsThatMealOfTheLastReportOnly() {
        LocalDate monday = SUNDAY.plusDays(1);
        ask("2026-11-22T09:00", "明天早饭30 午饭30");
        int todayBreakfast = hunan(SUNDAY, "BREAKFAST");

        String answer = ask("2026-11-22T09:01", "不对 早饭是28");

        assertThat(answer).startsWith("已更正：").contains("早餐").contains("28人").doesNotContain("午餐");
        assertThat(hunan(monday, "BREAKFAST")).isEqualTo(28);
        assertThat(hunan(monday, "LUNCH")).isEqualTo(30);
        assertThat(hunan(SUNDAY, "BREAKFAST")).isEqualTo(todayBreakfast);
    }

    @Test
    void aPartOfTheDayOrAnotherWordForTheMealNamesItToo() {
        LocalDate monday = SUNDAY.plusDays(1);
        ask("2026-11-22T09:00", "明天早饭30 午饭30 晚饭30");

        assertThat(ask("2026-11-22T09:01", "不对 中午是26")).startsWith("已更正：").contains("26人");
        assertThat(ask("2026-11-22T09:02", "不对，晚饭应该是27")).startsWith("已更正：").contains("27人");

        assertThat(hunan(monday, "BREAKFAST")).isEqualTo(30);
        assertThat(hunan(monday, "LUNCH")).isEqualTo(26);
        assertThat(hunan(monday, "DINNER")).isEqualTo(27);
    }

    @Test
    void aMealTheLastReportDidNotNameIsNotRecordedForAnotherDay() {
        ask("2026-11-22T09:00", "明天午饭30");

        String answer = ask("2026-11-22T09:01", "不对 早饭是28");

        assertThat(answer).doesNotStartWith("已记录").doesNotStartWith("已更正");
        assertThat(hunan(SUNDAY.plusDays(1), "LUNCH")).isEqualTo(30);
    }
}
