package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.TestEvents;

/**
 * A message the rules read only in part (the parser's structural fallback, real parser): the records of the
 * part read are confirmed as usual and the answer ends with one line quoting the part left unread and asking
 * the sender to check it and send it apart; a part left out that questions or corrects the rest is no aside,
 * and the whole message is asked about.
 */
class PartlyReadMessagesTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);
    private final Meal lunch = EVENT.meal("LUNCH").orElseThrow();

    @Test
    void theRecordsReadAreConfirmedAndThePartLeftUnreadIsAskedAbout() {
        f.say("guizhou-wang", "2026-11-22T09:00", "贵州中午45人 娃娃们都饿惨了😂");

        String answer = f.lastTo(GROUP).text();
        assertThat(answer).contains("45人");
        assertThat(answer).endsWith("这条消息里“娃娃们都饿惨了😂”没能读出，请核对；以上已记录的无需重发；如有需要登记的内容，请单独再发一条。");
        assertThat(answer).doesNotContain("没能看懂");
        assertThat(f.core.meals.count(SUNDAY, lunch, "guizhou").diners()).isEqualTo(45);
    }

    @Test
    void anAsideBeforeTheReportIsQuotedTheSameWay() {
        f.say("guizhou-wang", "2026-11-22T09:00", "好冷啊 贵州中午44人");

        assertThat(f.lastTo(GROUP).text()).contains("44人").endsWith("这条消息里“好冷啊”没能读出，请核对；以上已记录的无需重发；如有需要登记的内容，请单独再发一条。");
        assertThat(f.core.meals.count(SUNDAY, lunch, "guizhou").diners()).isEqualTo(44);
    }

    @Test
    void aPartThatAsksWhetherTheRestMayStandLeavesTheWholeMessageAskedAbout() {
        f.say("guizhou-wang", "2026-11-22T09:00", "贵州中午43人 行不行");

        assertThat(f.lastTo(GROUP).text()).contains("没能看懂").doesNotContain("43人");
        assertThat(f.core.meals.count(SUNDAY, lunch, "guizhou").diners()).isEqualTo(50);
    }

    @Test
    void nothingWaitsForAnAnswer() {
        f.say("guizhou-wang", "2026-11-22T09:00", "贵州中午45人 娃娃们都饿惨了😂");
        f.outbox.clear();

        f.say("guizhou-wang", "2026-11-22T09:01", "好的");

        assertThat(f.outbox.sentTo(GROUP)).isEmpty();
        assertThat(f.core.meals.count(SUNDAY, lunch, "guizhou").diners()).isEqualTo(45);
    }

    @Test
    void aRemarkBesideACorrectionReadRightDoesNotAskForTheWholeMessageAgain() {
        f.say("guizhou-wang", "2026-11-22T08:00", "贵州晚上35人");
        f.say("guizhou-wang", "2026-11-22T08:10", "不对 晚上是33个 有两个晚上有比赛");

        String answer = f.lastTo(GROUP).text();
        // the people at a match at dinner are why dinner is 33: nothing is left to read or to send again
        assertThat(answer).contains("33人").doesNotContain("没能看懂").doesNotContain("再发");
        assertThat(f.core.meals
                        .count(SUNDAY, EVENT.meal("DINNER").orElseThrow(), "guizhou")
                        .diners())
                .isEqualTo(33);
    }
}
