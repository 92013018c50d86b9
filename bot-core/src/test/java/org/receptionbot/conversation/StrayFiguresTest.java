package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.IssueTicket.State;

/**
 * Trial 62: figures said with a unit that counts no people (a floor, minutes late) and thanks about a room are no meal
 * figures, and two delegations' issues said to be one matter are asked before they are merged. Read by the real parser.
 */
class StrayFiguresTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games());

    @Test
    void aFloorAfterARoomProblemIsNoBreakfastFigure() {
        String answer = f.answerTo("jiangxi", "2026-11-23T08:20", "江西房间到现在还没打扫 早上出门前就说了 床单也没换 5楼");

        assertThat(answer).doesNotContain("报餐5人").doesNotContain("已开餐");
    }

    @Test
    void minutesLateAfterTheMealsAreNoBreakfastFigure() {
        String answer = f.answerTo("qinghai", "2026-11-23T08:40", "青海中午27 晚上27 早饭最后送到了 就是晚了20分钟");

        assertThat(answer).doesNotContain("报餐20人").doesNotContain("已开餐");
    }

    @Test
    void minutesLateOfABusAreNoEstimatedDinner() {
        String answer = f.answerTo("bus4", "2026-11-23T16:50", "4号车堵在路上了 预计晚到20分钟 前面出车祸了");

        assertThat(answer).doesNotContain("估计数").doesNotContain("晚餐");
    }

    @Test
    void aRoomSaidWarmerAfterThanksAsksNoHeadCount() {
        String answer = f.answerTo("fujian", "2026-11-23T19:30", "福建明早32 谢谢🙏 今天房间暖和多了");

        assertThat(answer).doesNotContainPattern("请问.{0,6}(?:多少人|几人)").doesNotContain("暖和多了");
    }

    @Test
    void twoDelegationsIssuesSaidToBeOneMatterAreAskedNotMerged() {
        f.answerTo("jilin", "2026-11-23T08:20", "吉林房间暖气不热 冷得很");
        f.answerTo("heilongjiang", "2026-11-23T08:30", "黑龙江这边房间暖气也不热");

        String answer = f.answerTo("tian", "2026-11-23T09:00", "2号问题和1号是一个事");

        assertThat(answer).contains("不同代表团").contains("/merge 2 1");
        assertThat(f.issue(2).state()).isEqualTo(State.OPEN);
        assertThat(f.answerTo("tian", "2026-11-23T09:01", "/merge 2 1")).contains("已并入问题#1");
        assertThat(f.issue(2).state()).isEqualTo(State.RESOLVED);
    }
}
