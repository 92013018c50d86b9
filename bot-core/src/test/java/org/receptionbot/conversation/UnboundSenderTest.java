package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;

class UnboundSenderTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final String BIND_FIRST =
            "您尚未绑定代表团，以上内容未记录。如您是代表团联络员，请先发送“/bind 代表团名称”（如“/bind 湖南”）申请绑定，经协调组确认后即可报告本团情况。";
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());

    UnboundSenderTest() {
        f.reads(
                "晚饭少5人",
                new ParseOutcome.Incomplete(
                        List.of(),
                        List.of(new Gap(Gap.Field.DELEGATION, new MealCancel(null, SUNDAY, "DINNER", 5), "晚饭少5人"))));
    }

    @Test
    void someoneUnboundReportingWithoutADelegationIsToldToBindFirstNotAskedWhich() {
        f.say("stranger", "2026-11-22T09:00", "晚饭少5人");

        Reply reply = f.lastTo(GROUP);
        assertThat(reply.text()).isEqualTo(BIND_FIRST);
        assertThat(reply.kind()).isEqualTo(Reply.Kind.REFUSAL);

        f.say("stranger", "2026-11-22T09:01", "湖南");
        assertThat(f.outbox.sent()).hasSize(1);
    }

    @Test
    void aCoordinatorIsStillAskedWhichDelegation() {
        f.say("tian", "2026-11-22T09:00", "晚饭少5人");

        assertThat(f.lastTo(GROUP).text()).startsWith("请问是哪个代表团？");
    }

    @Test
    void anIssueReportedBesideItIsStillRecorded() {
        f.reads(
                "房间没有热水，晚饭少5人",
                new ParseOutcome.Incomplete(
                        List.of(new Issue(IssueCategory.ROOM, null, "房间没有热水")),
                        List.of(new Gap(Gap.Field.DELEGATION, new MealCancel(null, SUNDAY, "DINNER", 5), "晚饭少5人"))));

        f.say("stranger", "2026-11-22T09:00", "房间没有热水，晚饭少5人");

        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：").endsWith(BIND_FIRST);
    }
}
