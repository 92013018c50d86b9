package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket;

/**
 * A coordinator acknowledging or resolving a problem by its delegation or topic, without its number, moves
 * the one open issue that fits; a liaison's word on their delegation's only open issue is added to it.
 */
class UnnumberedIssueWordsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private IssueTicket.State state(int number) {
        return f.issue(number).state();
    }

    @BeforeEach
    void twoDelegationsTwoProblems() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间空调坏了");
        f.answerTo("guizhou-wang", "2026-11-22T08:01", "房间里有蟑螂");
    }

    @Test
    void aDelegationAndATopicWithAStepTakenAcknowledgeTheOneIssueAndNameIt() {
        String answer = f.answerTo("tian", "2026-11-22T08:05", "湖南那个空调的问题收到了 已通知酒店工程部");

        assertThat(answer).startsWith("已更新：问题#1已由田主任受理，正在处理：").contains("已通知酒店工程部");
        assertThat(state(1)).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
        assertThat(state(2)).isEqualTo(IssueTicket.State.OPEN);
        assertThat(f.core.issueBook.all()).hasSize(2);
    }

    @Test
    void aDelegationAloneOrATopicAloneIsEnoughWhenOneIssueFits() {
        assertThat(f.answerTo("tian", "2026-11-22T08:05", "贵州的事情受理一下 已联系酒店")).startsWith("已更新：问题#2已由田主任受理");
        assertThat(f.answerTo("tian", "2026-11-22T08:06", "空调那个已经安排维修了")).startsWith("已更新：问题#1已由田主任受理");
        assertThat(state(1)).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
        assertThat(state(2)).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
    }

    @Test
    void aResolutionInWordsResolvesTheIssueItNames() {
        String answer = f.answerTo("tian", "2026-11-22T08:05", "贵州蟑螂那个 已经处理好了");

        assertThat(answer).startsWith("已更新：问题#2已解决");
        assertThat(state(2)).isEqualTo(IssueTicket.State.RESOLVED);
        assertThat(state(1)).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void wordsThatFitSeveralIssuesAskWhichNumber() {
        String answer = f.answerTo("tian", "2026-11-22T08:05", "房间的问题收到了 已通知酒店");

        assertThat(answer).contains("#1").contains("#2").contains("编号");
        assertThat(state(1)).isEqualTo(IssueTicket.State.OPEN);
        assertThat(state(2)).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void ofSeveralIssuesOnTopicTheOneSharingTheMessagesOwnWordsIsTheOne() {
        f.answerTo("guizhou-wang", "2026-11-22T08:02", "我们的车空调坏了");
        f.answerTo("guizhou-wang", "2026-11-22T08:03", "贵州的队旗落在车上了 还没找到");

        String answer = f.answerTo("tian", "2026-11-22T08:05", "贵州那个队旗的事情收到了 已联系车队");

        assertThat(answer).startsWith("已更新：问题#4已由田主任受理");
        assertThat(state(3)).isEqualTo(IssueTicket.State.OPEN);
        assertThat(state(4)).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
    }

    @Test
    void aDelegationAloneWithNoWordPointingAtAProblemMovesNothing() {
        f.say("tian", "2026-11-22T08:05", "贵州收到");

        assertThat(state(2)).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aLiaisonsWordStillSoOnTheirOnlyOpenIssueIsAddedToIt() {
        String answer = f.answerTo("hunan-li", "2026-11-22T09:30", "湖南卫生间那个空调还是不制冷 师傅来了没用 得换");

        assertThat(answer).contains("已补充到问题#1");
        assertThat(f.core.issueBook.all()).hasSize(2);
        assertThat(f.core.issueBook.find(1).orElseThrow().followUps()).hasSize(1);
    }

    @Test
    void aLiaisonsFollowUpByTopicOrByStillAndAProblemWordJoinsTheIssue() {
        assertThat(f.answerTo("guizhou-wang", "2026-11-22T09:30", "那个蟑螂 保洁来看过了没用"))
                .contains("已补充到问题#2");
        assertThat(f.answerTo("hunan-li", "2026-11-22T09:40", "卫生间那个水还在漏 保洁来了没用 得修"))
                .contains("已补充到问题#1");
        assertThat(f.core.issueBook.all()).hasSize(2);
    }

    @Test
    void aLiaisonWithoutAnOpenIssueIsStillToldTheFormsThatAreRead() {
        f.answerTo("tian", "2026-11-22T08:05", "/done 1 已修好");

        assertThat(f.answerTo("hunan-li", "2026-11-22T09:30", "卫生间那个水还在漏 保洁来了没用 得修"))
                .doesNotContain("已补充到问题");
    }
}
