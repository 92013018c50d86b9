package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void wholeAnswersGiveTheirNumber() {
        assertThat(Numbers.answer("35")).contains(35);
        assertThat(Numbers.answer("35人")).contains(35);
        assertThat(Numbers.answer("三十五个")).contains(35);
        assertThat(Numbers.answer("两人")).contains(2);
        assertThat(Numbers.answer("十二")).contains(12);
        assertThat(Numbers.answer("一百零五人")).contains(105);
        assertThat(Numbers.answer("3号车")).contains(3);
    }

    @Test
    void aNumberInsideASentenceIsNotAnAnswer() {
        assertThat(Numbers.answer("湖南晚饭加3人")).isEmpty();
        assertThat(Numbers.answer("收到")).isEmpty();
        assertThat(Numbers.answer("好的谢谢")).isEmpty();
    }

    @Test
    void aFigureReadOutOfASentenceKeepsItsNumeralsOnly() {
        assertThat(Numbers.read("三十人 老百姓")).contains(30);
        assertThat(Numbers.read("来了俩")).contains(2);
        assertThat(Numbers.read("收到")).isEmpty();
    }
}
