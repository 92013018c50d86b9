package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Session 39: a figure said with a unit of measure (minutes, hours, a distance, money, an age; {@link UnitFigures}) is
 * never a figure of diners, so the meal's own figure beside it is read; a figure of people stays one.
 */
class UnitFiguresTest {
    private static final ParserFixture AT = ParserFixture.of(TestEvents.reference(), "2026-11-24T10:00");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南中午到餐厅30人 可能会晚15分钟|30", "不好意思晚了10分钟 湖南中午30|30", "湖南中午30 要晚半个小时|30", "湖南中午30 路上堵了两个多小时|30"})
    void theMealFigureIsRead(String text, int figure) {
        assertThat(records(AT.read(text, "hunan")))
                .as(text)
                .singleElement()
                .isInstanceOfSatisfying(MealCount.class, c -> {
                    assertThat(c.meal()).isEqualTo("LUNCH");
                    assertThat(c.count()).isEqualTo(figure);
                });
    }

    @ParameterizedTest
    @CsvSource({"晚了20分钟,20", "两个多小时,2", "烧到38度,38", "一人50块,50", "还有10公里,10"})
    void aFigureOfAnotherUnitIsNoCount(String said, int figure) {
        int end = said.indexOf(String.valueOf(figure));
        if (end < 0) end = said.indexOf('两');
        int after = end
                + (Character.isDigit(said.charAt(end)) ? String.valueOf(figure).length() : 1);
        assertThat(UnitFigures.unitAfter(said, after)).as(said).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"湖南中午30 楼下等|30", "湖南中午30个 米饭多点|30", "湖南中午30 分开坐|30"})
    void aFigureOfPeopleStays(String text, int figure) {
        String t = text;
        int at = t.lastIndexOf(String.valueOf(figure));
        assertThat(UnitFigures.unitAfter(t, at + String.valueOf(figure).length()))
                .as(text)
                .isFalse();
    }

    private static List<Record> records(ParseOutcome read) {
        if (read instanceof ParseOutcome.Understood u) return u.records();
        if (read instanceof ParseOutcome.Incomplete i) return i.records();
        return List.of();
    }
}
