package org.receptionbot.parse;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealCount;

/** A meal's figure, then people away escorting someone to hospital: the meal's count, no health problem. */
class MealBesideEscortTest {
    private static final ParserFixture PARSER = ParserFixture.of(TestEvents.reference(), "2026-11-24T09:00");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "湖南中午是33 又有两个要陪着去医院|hunan|LUNCH|33",
                "不对 天津晚饭是28 有一个陪队员去医院了|tianjin|DINNER|28",
                "浙江晚饭36个，有两个在医院陪护|zhejiang|DINNER|36"
            })
    void theFigureStandsAndNoProblemIsOpened(String text, String team, String meal, int count) {
        PARSER.check(text).contract(new MealCount(team, TODAY, meal, count)).contractHasNo(Issue.class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a request for help, or someone ill with no meal said
                "湖南中午是33 有个队员发烧了 麻烦安排陪着去医院",
                "有一个队员扭伤了 要人陪着去医院"
            })
    void aRequestOrAnIllnessStaysAProblem(String text) {
        PARSER.check(text, "hunan").contractHas(Issue.class);
    }
}
