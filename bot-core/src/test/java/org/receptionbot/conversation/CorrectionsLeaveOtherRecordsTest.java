package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Visit;

/**
 * A correction of a figure replaces the figure only: an issue reported in the same message stays filed
 * under its number. "撤销" after talk that recorded nothing undoes the sender's last recorded message and says
 * so, as after a report of a figure that recorded nothing (refused, or asked about).
 */
class CorrectionsLeaveOtherRecordsTest {
    private static final Event EVENT = SampleEvents.conference();
    private static final String ROUTE_AND_ISSUE = "北海线我们去4人 另外房间空调坏了";
    private final ConversationFixture f = new ConversationFixture(EVENT);

    @Test
    void aCorrectedRouteFigureLeavesTheIssueOfTheSameMessageOpen() {
        f.reads(ROUTE_AND_ISSUE, new Visit("jiangxi", "beihai", 4), new Issue(IssueCategory.ROOM, "jiangxi", "房间空调坏了"));
        f.say("jiangxi", "2026-12-09T09:00", ROUTE_AND_ISSUE);

        String corrected = f.answerTo("jiangxi", "2026-12-09T09:02", "不对 是5人");

        assertThat(corrected).startsWith("已更正").doesNotContain("问题#2").doesNotContain("撤销");
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
        assertThat(f.core.issueBook.find(2)).isEmpty();
        assertThat(f.ledger.activeEntriesOf("sandbox:group:m1").stream().map(Entry::record))
                .contains(new Visit("jiangxi", "beihai", 5))
                .anyMatch(Issue.class::isInstance);
        f.say("huang", "2026-12-09T09:05", "1号问题收到");
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
    }

    @Test
    void anUndoAfterTalkUndoesTheLastRecordedMessageAndSaysSo() {
        MealCancel fewer = new MealCancel("jiangxi", LocalDate.parse("2026-12-09"), "DINNER", 2);
        f.reads("今晚少2人", fewer);
        f.say("jiangxi", "2026-12-09T09:00", "今晚少2人");
        f.say("jiangxi", "2026-12-09T09:01", "好的 辛苦了");

        String undone = f.answerTo("jiangxi", "2026-12-09T09:02", "撤销");

        assertThat(undone).startsWith("您的上一条消息没有记录内容，撤销的是此前最近一条有记录的消息。\n已撤销：").contains("晚餐 减少2人");
        assertThat(f.ledger.activeEntriesOf("sandbox:group:m1")).isEmpty();
    }

    @Test
    void anUndoAfterAFigureThatRecordedNothingUndoesTheLastRecordedMessageAndSaysSo() {
        MealCancel fewer = new MealCancel("jiangxi", LocalDate.parse("2026-12-09"), "DINNER", 2);
        f.reads("今晚少2人", fewer);
        f.say("jiangxi", "2026-12-09T09:00", "今晚少2人");
        f.say("jiangxi", "2026-12-09T09:01", "午饭少3个");

        assertThat(f.answerTo("jiangxi", "2026-12-09T09:02", "撤销"))
                .startsWith("您的上一条消息没有记录内容，撤销的是此前最近一条有记录的消息。\n已撤销：")
                .contains("晚餐 减少2人");
        assertThat(f.ledger.activeEntriesOf("sandbox:group:m1")).isEmpty();
    }
}
