package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Visit;

/**
 * A meal said as usual or given up, with no figure ("早餐正常吃", "晚上不吃"), then a route with its figure: the figure is
 * the route's sign-up, not the meal's.
 */
class RouteFigureAfterWholeMealTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.conference(), "2026-12-08T20:56");

    @ParameterizedTest
    @CsvSource({
        "neimenggu, 内蒙古明天早餐正常 北海线5人, beihai, 5",
        "neimenggu, 内蒙古明天早餐照常 北海线五个人, beihai, 5",
        "sichuan, 四川明天中午照常 柳州线3个人, liuzhou, 3",
        "sichuan, 四川晚饭取消 百色4个, baise, 4",
        "sichuan, 四川晚上不吃 北海那边6个人, beihai, 6",
        "hainan, 海南 晚上不吃 北海三个, beihai, 3"
    })
    void theFigureIsTheRoutes(String sender, String text, String route, int people) {
        var records = PARSER.read(text, sender).contractRecords();
        assertThat(records)
                .as(text)
                .filteredOn(r -> r instanceof Visit)
                .singleElement()
                .satisfies(v -> {
                    assertThat(((Visit) v).route()).isEqualTo(route);
                    assertThat(((Visit) v).count()).isEqualTo(people);
                });
        assertThat(records)
                .as(text)
                .noneMatch(r ->
                        r instanceof org.receptionbot.record.MealCount m && m.count() != null && m.count() == people);
    }

    @ParameterizedTest
    @CsvSource({"sichuan, 四川晚饭不吃 北海那边的车几点走", "sichuan, 晚上正常吃 百色那边是几个人来着"})
    void aRouteAskedAboutIsNoSignUp(String sender, String text) {
        PARSER.check(text, sender).contractHasNo(Visit.class);
    }
}
