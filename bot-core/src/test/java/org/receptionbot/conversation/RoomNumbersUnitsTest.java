package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Figures with a unit that counts no people are no figure of diners; figures of people stay. */
class RoomNumbersUnitsTest {
    @ParameterizedTest
    @ValueSource(strings = {"床单也没换 5楼", "就是晚了20分钟", "预计晚到二十分钟", "住在三层", "2号楼", "还有10公里", "烧到38度5", "晚了半个小时", "堵了两个多小时"})
    void aFigureOfAnotherUnitIsNoFigure(String said) {
        assertThat(Numbers.read(RoomNumbers.blank(said))).as(said).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"早饭20人,20", "中午27 晚了20分钟,27", "晚上30个 米饭多点,30", "5楼的那5个不吃,5"})
    void aFigureOfPeopleStays(String said, int figure) {
        assertThat(Numbers.read(said)).as(said).contains(figure);
    }
}
