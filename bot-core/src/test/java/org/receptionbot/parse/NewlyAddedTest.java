package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.VisitChange;

/** 新增 adds people like 增加 does: "广东北海线新增1人" is one more on the route, never the route's whole figure. */
class NewlyAddedTest {
    private static final ParserFixture CONFERENCE = ParserFixture.of(TestEvents.conference(), "2026-12-09T08:30");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"guangdong|广东北海线新增1人|1|beihai", "hunan|湖南柳州线新增两个|2|liuzhou", "fujian|嗯 福建百色线那边新增一位同志|1|baise"})
    void newlyAddedPeopleAreAChangeOfTheRoute(String sender, String text, int count, String route) {
        assertThat(CONFERENCE.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new VisitChange(sender, count, null, route));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"guangdong|广东晚饭新增2人|2", "hunan|湖南今晚新增3个人吃饭|3"})
    void newlyAddedDinersAreAnAddition(String sender, String text, int count) {
        assertThat(CONFERENCE.read(text, sender).contractRecords())
                .as(text)
                .containsExactly(new MealAdd(sender, LocalDate.of(2026, 12, 9), "DINNER", count));
    }
}
