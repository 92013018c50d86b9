package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void aRunAsTypedGivesItsValue() {
        assertThat(ChineseNumerals.value("35")).isEqualTo(35);
        assertThat(ChineseNumerals.value("三十五")).isEqualTo(35);
        assertThat(ChineseNumerals.value("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.value("廿五")).isEqualTo(25);
        assertThat(ChineseNumerals.value("百")).isEqualTo(100);
        assertThat(ChineseNumerals.value("三十五人")).isEqualTo(-1);
        assertThat(ChineseNumerals.value("一二三四五六七")).isEqualTo(-1);
    }

    @Test
    void aPickedRunReadsAnyLengthAndABareHundredAsNothing() {
        assertThat(ChineseNumerals.picked("三十五")).isEqualTo(35);
        assertThat(ChineseNumerals.picked("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.picked("三十百")).isEqualTo(30);
        assertThat(ChineseNumerals.picked("百五")).isEqualTo(5);
        assertThat(ChineseNumerals.picked("零十")).isEqualTo(10);
        assertThat(ChineseNumerals.picked("三十二一二三四五")).isEqualTo(35);
        assertThat(ChineseNumerals.picked("")).isEqualTo(-1);
    }
}
