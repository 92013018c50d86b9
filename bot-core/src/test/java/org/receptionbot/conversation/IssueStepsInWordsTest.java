package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket;

/** Coordinators move issues on in plain words and with notes; read by the real parser. */
class IssueStepsInWordsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void aCoordinatorClosingAnIssueInWordsResolvesItWithTheNoteAndOpensNoNewOne() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");

        String answer = f.answerTo("tian", "2026-11-22T09:00", "1号问题已办结，已换到302房间");

        assertThat(answer).startsWith("已更新：问题#1已解决：已换到302房间（田主任）");
        assertThat(f.core.issueBook.all()).singleElement().satisfies(t -> {
            assertThat(t.state()).isEqualTo(IssueTicket.State.RESOLVED);
            assertThat(t.resolution()).isEqualTo("已换到302房间");
        });
    }

    @Test
    void aCoordinatorAcknowledgingInWordsAcknowledges() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");

        assertThat(f.answerTo("tian", "2026-11-22T08:05", "问题1收到 在处理")).startsWith("已更新：问题#1已由田主任受理");
        assertThat(f.answerTo("tian", "2026-11-22T08:06", "#1 已安排维修工上门")).contains("正在处理：已安排维修工上门");
        assertThat(f.core.issueBook.all())
                .singleElement()
                .satisfies(t -> assertThat(t.state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED));
    }

    @Test
    void theNoteOfAnAcknowledgementIsShownInTheAnswerAndOnTheIssueBoard() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");

        assertThat(f.answerTo("tian", "2026-11-22T08:05", "/ack 1 已派维修工")).startsWith("已更新：问题#1已由田主任受理，正在处理：已派维修工");
        assertThat(f.answerTo("tian", "2026-11-22T08:06", "/issues")).contains("处理中：已派维修工）");
    }

    @Test
    void anUndoAfterAQueryTakesBackTheSendersLastRecordedMessage() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        f.answerTo("hunan-li", "2026-11-22T08:01", "问题清单");

        assertThat(f.answerTo("hunan-li", "2026-11-22T08:02", "撤销"))
                .startsWith("已撤销：")
                .contains("房间没有热水");
        assertThat(f.core.issueBook.all())
                .singleElement()
                .satisfies(t -> assertThat(t.withdrawn()).isTrue());
    }
}
