package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;

/**
 * Requests in plain words on the conference sample's visit day (2026-12-09), read by the real parser: each is
 * answered as the command it asks for, and nothing is recorded.
 */
class PlainRequestsInChatTest {
    private static final Event EVENT = SampleEvents.conference();
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 12, 9);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    @Test
    void aRoutesHeadCountsInWordsAreTheRoutesBoardWithItsCounts() {
        f.say("bus1", "2026-12-09T13:35", "实到30人");
        String board = f.answerTo("huang", "2026-12-09T14:00", "/visits 百色线");

        assertThat(board).contains("【百色线】").contains("实到30人").doesNotContain("【北海线】");
        assertThat(f.answerTo("huang", "2026-12-09T14:01", "百色线实到多少")).isEqualTo(board);
        assertThat(f.answerTo("huang", "2026-12-09T14:02", "百色线清点")).isEqualTo(board);
    }

    @Test
    void aDelegationsStandingInWordsIsItsStatus() {
        String status = f.answerTo("huang", "2026-12-09T09:00", "/status 重庆");

        assertThat(status).startsWith("重庆市住房和城乡建设委员会（5人）");
        assertThat(f.answerTo("huang", "2026-12-09T09:01", "重庆团情况")).isEqualTo(status);
        assertThat(f.answerTo("chongqing", "2026-12-09T09:02", "我们团什么情况")).isEqualTo(status);
    }

    @Test
    void theWorkbookAskedInWordsIsAnsweredAsTheExportCommand() {
        String export = f.answerTo("huang", "2026-12-09T09:00", "/export 今天");

        assertThat(f.answerTo("huang", "2026-12-09T09:01", "把今天的报表导一下")).isEqualTo(export);
    }

    @Test
    void aDriversPhoneAskedInsideALongerQuestionIsTheBusCard() {
        String card = f.answerTo("huang", "2026-12-09T13:00", "3号车师傅电话多少");

        assertThat(card).contains("司机：").contains("电话：");
        assertThat(f.answerTo("beijing", "2026-12-09T13:01", "车已经到楼下了吗 3号车师傅电话多少"))
                .isEqualTo(card);
        assertThat(f.ledger.day(VISIT_DAY).active()).isEmpty();
        assertThat(f.core.issueBook.all()).isEmpty();
        assertThat(f.outbox.sentTo(GROUP)).hasSize(2);
    }
}
