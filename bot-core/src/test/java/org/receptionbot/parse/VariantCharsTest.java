package org.receptionbot.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Traditional and variant characters are read as their simplified forms, one character for one. */
class VariantCharsTest {

    @Test
    void delegationNamesInTraditionalOrVariantFormsBecomeTheSimplifiedNames() {
        assertThat(Normalizer.normalize("新彊 廣西 黑龍江 內蒙 陝西 遼寧")).isEqualTo("新疆 广西 黑龙江 内蒙 陕西 辽宁");
    }

    @Test
    void theFoldedTextKeepsItsLengthSoSpansStayInPlace() {
        String text = "廣西廳晚飯少兩個";
        assertThat(Normalizer.normalize(text)).hasSameSizeAs(text).isEqualTo("广西厅晚饭少两个");
    }

    @Test
    void simplifiedTextAndLookAlikeWordsAreLeftAlone() {
        assertThat(Normalizer.normalize("天气不错 天津晚饭30人")).isEqualTo("天气不错 天津晚饭30人");
        assertThat(VariantChars.fold('疆')).isEqualTo('疆');
        assertThat(VariantChars.fold('A')).isEqualTo('A');
    }
}
