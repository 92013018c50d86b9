package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A range of two adjacent numerals ("二十七八个", "三四十个") is an estimate and gets the estimate's question; read by
 * the real parser. ("不是20 是22" is in {@link PointedBackCorrectionTest}.)
 */
class RangedFiguresTest {
    @Test
    void aRangeOfAdjacentNumeralsGetsTheEstimateQuestion() {
        for (String[] said : new String[][] {
            {"福建中午二十七八个吧", "“二十七八个”是估计数"},
            {"中午三四十个人吧", "“三四十个”是估计数"},
            {"晚上吃饭的十七八个", "“十七八个”是估计数"},
            {"今晚五六个人不回来 剩下的三十二三吧", "是估计数"},
            {"中午二十七八", "“二十七八”是估计数"}
        }) {
            ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-24");
            assertThat(f.soleAnswerTo("fujian", "09:10", said[0]))
                    .as(said[0])
                    .contains(said[1])
                    .doesNotContain("没能看懂");
        }
    }
}
