package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.chat.Reply;
import org.receptionbot.ledger.IssueTicket.State;

/**
 * Trial 55, the problem loop after a coordinator closed a problem: the reporter's thanks with a word that it is done
 * ("打扫好了 谢谢🙏") is acknowledged, nothing recorded; the same problem said again as still wrong ("1510那间还是没打扫")
 * reopens it, the answer and the coordinators told so, until a coordinator resolves it again. Words on another room or
 * thing, from another delegation, or plain thanks leave the closed problem alone. Read by the real parser.
 */
class ClosedIssueWordsTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");

    private void closed(String who, String report) {
        f.answerTo(who, "09:00", report);
        assertThat(f.answerTo("tian", "09:30", "1号问题处理好了")).contains("问题#1已解决");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|1510房间还没打扫 麻烦安排一下|打扫好了 谢谢🙏",
                "hunan|1510房间还没打扫 麻烦安排一下|1510打扫好了 谢谢",
                "guangdong|我们房间空调坏了 不制热|空调修好了 谢谢",
                "guangdong|广东这边云上民宿3楼暖气一点都不热|暖气好了 辛苦各位",
            })
    void aThanksWithDoneAfterClosingIsAcknowledged(String who, String report, String thanks) {
        closed(who, report);

        String answer = f.answerTo(who, "10:10", thanks);

        assertThat(answer).as(thanks).contains("收到").contains("问题#1已办结").doesNotContain("已记录");
        assertThat(f.issue(1).state()).isEqualTo(State.RESOLVED);
        assertThat(f.issue(1).followUps()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|谢谢老师们", "hunan|收到 辛苦了", "guangdong|打扫好了 谢谢🙏", "hunan|打扫好了吗 谢谢"})
    void otherWordsAfterClosingStaySilent(String who, String said) {
        closed("hunan", "1510房间还没打扫 麻烦安排一下");

        assertThat(f.answerOrNull(who, "10:10", said)).as(said).isNull();
        assertThat(f.issue(1).state()).isEqualTo(State.RESOLVED);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "hunan|1510房间还没打扫 麻烦安排一下|1510那间还是没打扫",
                "hunan|1510房间还没打扫 麻烦安排一下|还是没人来打扫",
                "guangdong|我们房间空调坏了 不制热|空调还是不制热",
                "jiangxi|江西 812房间到现在还没人打扫 垃圾都满了|812到现在还是没打扫 床单都没换",
            })
    void theSameProblemStillWrongAfterClosingReopensIt(String who, String report, String again) {
        closed(who, report);

        String answer = f.answerTo(who, "11:00", again);

        assertThat(answer).as(again).contains("问题#1已办结后再次反映，已重新打开");
        assertThat(f.issue(1).state()).isEqualTo(State.OPEN);
        assertThat(f.issue(1).standing()).isEqualTo("已重新打开，待处理");
        assertThat(f.core.issueBook.all()).hasSize(1);
        assertThat(f.outbox.sentTo(COORDINATORS))
                .extracting(Reply::text)
                .anySatisfy(t -> assertThat(t).startsWith("问题#1已办结后再次反映，已重新打开"));
        assertThat(f.answerTo("tian", "11:30", "1号问题处理好了")).contains("问题#1已解决");
        assertThat(f.issue(1).state()).isEqualTo(State.RESOLVED);
    }

    @Test
    void anotherRoomStillWrongLeavesTheClosedProblemAlone() {
        closed("hunan", "1510房间还没打扫 麻烦安排一下");

        f.answerOrNull("hunan", "11:00", "1206那间还是没打扫");

        assertThat(f.issue(1).state()).isEqualTo(State.RESOLVED);
    }

    @Test
    void anotherDelegationsWordsLeaveTheClosedProblemAlone() {
        closed("hunan", "1510房间还没打扫 麻烦安排一下");

        f.answerOrNull("guangdong", "11:00", "1510那间还是没打扫");

        assertThat(f.issue(1).state()).isEqualTo(State.RESOLVED);
    }

    @Test
    void aProblemClosedDaysAgoIsNotReopened() {
        closed("hunan", "1510房间还没打扫 麻烦安排一下");

        f.answerOrNull("hunan", "2026-11-26T11:00", "1510那间还是没打扫");

        assertThat(f.issue(1).state()).isEqualTo(State.RESOLVED);
    }

    @Test
    void theReopeningTakenBackLeavesTheProblemResolved() {
        closed("hunan", "1510房间还没打扫 麻烦安排一下");
        f.answerTo("hunan", "11:00", "1510那间还是没打扫");
        assertThat(f.issue(1).state()).isEqualTo(State.OPEN);

        f.answerTo("hunan", "11:01", "撤销");

        assertThat(f.issue(1).state()).isEqualTo(State.RESOLVED);
        assertThat(f.issue(1).followUps()).isEmpty();
    }

    @Test
    void aReopenedProblemAcknowledgedAgainIsInHand() {
        closed("hunan", "1510房间还没打扫 麻烦安排一下");
        f.answerTo("hunan", "11:00", "1510那间还是没打扫");

        f.answerTo("tian", "11:05", "/ack 1 马上派人");

        assertThat(f.issue(1).state()).isEqualTo(State.ACKNOWLEDGED);
    }
}
