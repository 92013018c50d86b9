package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.ledger.IssueTicket;

/**
 * Trial 56: a coordinator's "收到 已派医生过去了" right after a fever report takes that report, though an older problem of
 * the same kind is pending; two fitting reports both just made, or a just-made one already taken, are still asked by
 * number.
 */
class UnnumberedStepOnTheLatestReportTest {
    private static final String UNWELL = "上海明天早上少2个 有两个身体不舒服不下来吃了";
    private static final String FEVER = "我们有个运动员昨晚开始发烧 现在38度7 需要医生 住云上民宿612";

    @Test
    void theStepJoinsTheReportJustMade() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("shanghai", "2026-11-22T20:00", UNWELL);
        f.say("guangxi", "06:50", FEVER);

        String answer = f.soleAnswerTo("tian", "06:52", "收到 已派医生过去了");

        assertThat(answer).contains("问题#2已由").doesNotContain("可能是指");
        assertThat(f.issue(2).state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void twoReportsJustMadeAreAskedByNumber() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("shanghai", "06:40", "上海有两个队员发烧了 需要医生 住九院宾馆305");
        f.say("guangxi", "06:50", FEVER);

        assertThat(f.soleAnswerTo("tian", "06:52", "收到 已派医生过去了")).contains("可能是指问题#1、#2");
    }

    @Test
    void aReportAlreadyTakenLeavesTheQuestion() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("shanghai", "2026-11-22T20:00", UNWELL);
        f.say("guangxi", "06:50", FEVER);
        f.say("tian", "06:51", "2号问题收到 已派医生过去了");

        assertThat(f.soleAnswerTo("tian", "06:58", "收到 已派医生过去了")).contains("可能是指问题#1、#2");
    }
}
