package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket;

/**
 * A coordinator's step naming several problems ("6号7号问题收到 已通知餐厅留饭", "3号 7号问题都处理好了") moves each of
 * them, with the note the words add besides the numbers, and the answer names each; a single number said before the step
 * ("3号 收到 已让餐厅送粥") is that issue, not asked back.
 */
class SeveralIssueStepsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private IssueTicket issue(int number) {
        return f.issue(number);
    }

    @BeforeEach
    void threeProblems() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间空调坏了");
        f.answerTo("guizhou-wang", "2026-11-22T08:01", "有个队员发烧了 晚饭想吃点粥");
        f.answerTo("guizhou-wang", "2026-11-22T08:02", "房间里有蟑螂");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2号3号问题收到 已通知餐厅留饭",
                "2号 3号问题收到 已通知餐厅留饭",
                "2、3号问题收到，已通知餐厅留饭",
                "2号和3号问题收到 已通知餐厅留饭",
                "#2 #3 收到 已通知餐厅留饭",
                "问题2、3 收到 已通知餐厅留饭",
                "2号和3号 收到 已通知餐厅留饭",
                "2、3号收到 已通知餐厅留饭"
            })
    void eachNumberNamedIsAcknowledgedWithTheNoteWithoutTheNumbers(String words) {
        String answer = f.answerTo("tian", "2026-11-22T08:10", words);

        assertThat(answer).contains("问题#2已由田主任受理").contains("问题#3已由田主任受理");
        for (int n : new int[] {2, 3}) {
            assertThat(issue(n).state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
            assertThat(issue(n).acknowledged().note()).isEqualTo("已通知餐厅留饭");
        }
        assertThat(issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1号 3号问题都处理好了", "1号和3号问题都解决了", "#1 #3 已处理", "1、3号都处理好了"})
    void eachNumberNamedIsResolved(String words) {
        String answer = f.answerTo("tian", "2026-11-22T08:10", words);

        assertThat(answer).contains("问题#1已解决").contains("问题#3已解决").doesNotContain("都");
        assertThat(issue(1).state()).isEqualTo(IssueTicket.State.RESOLVED);
        assertThat(issue(3).state()).isEqualTo(IssueTicket.State.RESOLVED);
        assertThat(issue(2).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2号 收到 已让餐厅送粥", "2号收到 已让餐厅送粥", " 2号 已通知餐厅 送粥"})
    void aSingleNumberBeforeTheStepIsThatIssueNotAskedBack(String words) {
        String answer = f.answerTo("tian", "2026-11-22T08:10", words);

        assertThat(answer).startsWith("已更新：问题#2已由田主任受理").doesNotContain("可能是指");
        assertThat(issue(2).state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
        assertThat(issue(3).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void oneUndoTakesBackEveryIssueTheMessageMoved() {
        f.answerTo("tian", "2026-11-22T08:10", "2号3号问题收到 已通知餐厅留饭");

        String answer = f.answerTo("tian", "2026-11-22T08:11", "撤销");

        assertThat(answer).contains("2号问题的受理").contains("3号问题的受理");
        assertThat(issue(2).state()).isEqualTo(IssueTicket.State.OPEN);
        assertThat(issue(3).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2号问题收到 已安排5号车去接", "2号问题收到 12点前送到", "2号问题收到 1205房间的也看一下", "2号问题收到 2个人的饭留好了"})
    void vehiclesTimesRoomsCountsAndDatesBesideTheNumberAreNoIssues(String words) {
        String answer = f.answerTo("tian", "2026-11-22T08:10", words);

        assertThat(answer).startsWith("已更新：问题#2已由田主任受理").doesNotContain("问题#3已").doesNotContain("问题#1已");
        assertThat(issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
        assertThat(issue(3).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aDateBeforeTheNumberIsNoIssue() {
        f.say("tian", "2026-11-22T08:10", "12月3号 2号问题收到");

        assertThat(issue(3).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aLiaisonSayingADayNumberIsNoStep() {
        f.say("hunan-li", "2026-11-22T08:10", "3号 收到 谢谢");

        assertThat(issue(3).state()).isEqualTo(IssueTicket.State.OPEN);
    }
}
