package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Trial 58 #29–30: a bus count held for its sender's answer (同车 or 代报) is not on the 车辆清点 board yet, but "2号车实到多少"
 * shows the figure said, marked as awaiting that answer, instead of "还没有清点记录" (the games sample, bus 2 is 湖北's).
 */
class HeldBusCountAskedTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-24");

    @Test
    void aHeldCountIsShownAsAwaitingItsAnswer() {
        assertThat(f.answerTo("jiangsu", "09:10", "2号车实到26人")).contains("同车");

        String answer = f.soleAnswerTo("tian", "09:20", "2号车实到多少");

        assertThat(answer)
                .startsWith("2号车11月24日（周二）还没有确认的清点记录")
                .contains("待确认", "实到26人", "09:10报")
                .doesNotContain("还没有清点记录。");
    }

    @Test
    void aHeldCountBesideTheBussOwnIsShownAfterIt() {
        f.groupHears("bus2", "06:56", "2号车实到30人");
        f.answerTo("jiangsu", "09:10", "2号车实到26人");

        String answer = f.soleAnswerTo("tian", "09:20", "2号车实到多少");

        assertThat(answer).startsWith("2号车（湖北省代表团）实到30人").contains("另有待确认", "实到26人");
    }
}
