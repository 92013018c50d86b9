package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;

/**
 * A message whose records were read but that looks like it carries another kind of record too (the kind
 * net's MISSING check): the records are taken and confirmed as usual, and one plain line asks the sender
 * to check what may not have been read; nothing waits for an answer.
 */
class UnreadKindsTest {
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(TestEvents.withPeople());
    private final Meal lunch = TestEvents.withPeople().meal("LUNCH").orElseThrow();

    @Test
    void theRecordsAreConfirmedAndTheSenderIsAskedToCheckWhatMayBeUnread() {
        lunchReadDepartureMayBeUnread();

        String answer = f.lastTo(GROUP).text();
        assertThat(answer).contains("30人");
        assertThat(answer).endsWith("这条消息里可能还有离开（返程）安排没能读出，请核对；以上已记录的无需重发；如有，请单独再发一条。");
        assertThat(answer).doesNotContain("没能看懂", "未记录");
        assertThat(f.core.meals.count(SUNDAY, lunch, "hunan").diners()).isEqualTo(30);
    }

    @Test
    void theLineNamesTheKindOfRecordInPlainWords() {
        String text = "湖南 去体育馆的车一直没来 中午大概三十个";
        f.reads(
                text,
                new ParseOutcome.Incomplete(
                        List.of(new Issue(IssueCategory.VEHICLE, "hunan", text)),
                        List.of(Gap.mayBeUnread("MEAL_COUNT", text))));

        f.say("hunan-li", "2026-11-22T09:00", text);

        assertThat(f.lastTo(GROUP).text()).contains("这条消息里可能还有用餐人数没能读出，请核对");
    }

    @Test
    void nothingWaitsForAnAnswer() {
        lunchReadDepartureMayBeUnread();
        f.outbox.clear();

        f.say("hunan-li", "2026-11-22T09:01", "好的");

        assertThat(f.outbox.sentTo(GROUP)).isEmpty();
        assertThat(f.core.meals.count(SUNDAY, lunch, "hunan").diners()).isEqualTo(30);
    }

    /** Hunan's liaison sends a lunch figure read and a departure the net says may be unread. */
    private void lunchReadDepartureMayBeUnread() {
        String text = "湖南中午30人 周六下午三点半的高铁全团都走";
        f.reads(
                text,
                new ParseOutcome.Incomplete(
                        List.of(new MealCount("hunan", SUNDAY, "LUNCH", 30)),
                        List.of(Gap.mayBeUnread("DEPARTURE", text))));
        f.say("hunan-li", "2026-11-22T09:00", text);
    }
}
