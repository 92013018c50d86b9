package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket;

/** A coordinator's 撤销 right after their /ack or 办结 takes that step back; read by the real parser. */
class IssueStepUndoTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private IssueTicket ticket() {
        return f.core.issueBook.find(1).orElseThrow();
    }

    @Test
    void anUndoRightAfterAnAcknowledgementReturnsTheIssueToWaitingWithoutItsNote() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        f.answerTo("tian", "2026-11-22T08:05", "/ack 1 已派维修工");

        String answer = f.answerTo("tian", "2026-11-22T08:06", "撤销");

        assertThat(answer).isEqualTo("已撤销：1号问题的受理\n1号问题恢复为待处理");
        assertThat(ticket().state()).isEqualTo(IssueTicket.State.OPEN);
        assertThat(ticket().acknowledged()).isNull();
        assertThat(f.answerTo("tian", "2026-11-22T08:07", "/issues"))
                .doesNotContain("已派维修工")
                .contains("房间没有热水");
    }

    @Test
    void anUndoRightAfterAClosureInWordsReturnsTheIssueToAcknowledged() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        f.answerTo("tian", "2026-11-22T08:05", "/ack 1 已派维修工");
        f.answerTo("tian", "2026-11-22T08:30", "1号问题已办结，已换到302房间");

        String answer = f.answerTo("tian", "2026-11-22T08:31", "撤销");

        assertThat(answer).isEqualTo("已撤销：1号问题的办结\n1号问题恢复为处理中（田主任受理：已派维修工）");
        assertThat(ticket().state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
        assertThat(ticket().resolution()).isNull();
        assertThat(f.answerTo("tian", "2026-11-22T08:32", "问题清单")).contains("房间没有热水");
    }

    @Test
    void theUndoButtonUnderAClosureTakesItBackAndTheReportStands() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        IncomingMessage done = f.say("tian", "2026-11-22T09:00", "/done 1 已修好");
        assertThat(f.lastTo(GROUP).buttons())
                .extracting(b -> b.action())
                .contains(new ButtonAction.Undo(done.messageId()).data());

        f.press("tian", "2026-11-22T09:01", done.messageId(), "undo:" + done.messageId());

        assertThat(f.lastTo(GROUP).text()).isEqualTo("已撤销：1号问题的办结\n1号问题恢复为待处理");
        assertThat(ticket().state()).isEqualTo(IssueTicket.State.OPEN);
        assertThat(ticket().withdrawn()).isFalse();
    }

    @Test
    void undoInReplyToTheAcknowledgementTakesItBackAfterOtherMessages() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        IncomingMessage ack = f.say("tian", "2026-11-22T08:05", "/ack 1 已派维修工");
        f.answerTo("tian", "2026-11-22T08:06", "问题清单");

        f.send(new IncomingMessage(
                GROUP,
                "reply-1",
                "tian",
                "tian",
                ConversationFixture.time("2026-11-22T08:07"),
                "撤销",
                ack.messageId(),
                false));

        assertThat(f.lastTo(GROUP).text()).isEqualTo("已撤销：1号问题的受理\n1号问题恢复为待处理");
        assertThat(ticket().state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void onlyACoordinatorMayTakeBackAStepAndASecondUndoSaysItWasDone() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        IncomingMessage ack = f.say("tian", "2026-11-22T08:05", "/ack 1");

        f.press("hunan-li", "2026-11-22T08:06", ack.messageId(), "undo:" + ack.messageId());
        assertThat(f.lastTo(GROUP).text()).contains("只有协调组可以撤销");
        assertThat(ticket().state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);

        f.press("tian", "2026-11-22T08:07", ack.messageId(), "undo:" + ack.messageId());
        f.press("tian", "2026-11-22T08:08", ack.messageId(), "undo:" + ack.messageId());
        assertThat(f.lastTo(GROUP).text()).isEqualTo("1号问题的受理已经撤销过。");
    }

    @Test
    void anAcknowledgementIsNotTakenBackOnceTheIssueIsResolved() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        IncomingMessage ack = f.say("tian", "2026-11-22T08:05", "/ack 1");
        f.answerTo("tian", "2026-11-22T08:30", "/done 1 已修好");

        f.press("tian", "2026-11-22T08:31", ack.messageId(), "undo:" + ack.messageId());

        assertThat(f.lastTo(GROUP).text()).startsWith("未撤销：1号问题的受理之后已有新的处理");
        assertThat(ticket().state()).isEqualTo(IssueTicket.State.RESOLVED);
    }
}
