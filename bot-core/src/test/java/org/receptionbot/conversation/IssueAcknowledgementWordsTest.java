package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;
import org.receptionbot.ledger.IssueTicket;

/** A coordinator's "N号问题收到 …" or a step taken ("已派", "已通知") acknowledges issue N; read by the real parser. */
class IssueAcknowledgementWordsTest {
    private static final Event EVENT = TestEvents.withPeople();
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private IssueTicket issue(int number) {
        return f.issue(number);
    }

    @BeforeEach
    void twoProblems() {
        f.answerTo("hunan-li", "2026-11-22T08:00", "房间没有热水");
        f.answerTo("hunan-li", "2026-11-22T08:01", "有个队员发烧了");
    }

    @Test
    void receivedWithADoctorSentAcknowledgesTheIssueWithThoseWordsAsTheNote() {
        String answer = f.answerTo("tian", "2026-11-22T08:05", "2号问题收到 已派医生过去了");

        assertThat(answer).startsWith("已更新：问题#2已由田主任受理，正在处理：已派医生过去了");
        assertThat(issue(2).state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
        assertThat(issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void receivedWithTheHotelToldAcknowledgesIt() {
        assertThat(f.answerTo("tian", "2026-11-22T08:05", "1号问题收到 已通知酒店")).startsWith("已更新：问题#1已由田主任受理，正在处理：已通知酒店");
        assertThat(issue(1).state()).isEqualTo(IssueTicket.State.ACKNOWLEDGED);
    }

    @Test
    void receivedAloneOrWithAnyWordsAcknowledges() {
        assertThat(f.answerTo("tian", "2026-11-22T08:05", "2号问题收到")).startsWith("已更新：问题#2已由田主任受理，正在处理。");
        assertThat(f.answerTo("tian", "2026-11-22T08:06", "收到，1号问题马上过去看")).startsWith("已更新：问题#1已由田主任受理，正在处理：马上过去看");
    }

    @Test
    void aStepTakenWithoutReceivedAcknowledgesAndTheNoteIsOnTheBoard() {
        assertThat(f.answerTo("tian", "2026-11-22T08:05", "问题1已联系酒店工程部")).contains("正在处理：已联系酒店工程部");
        assertThat(f.answerTo("tian", "2026-11-22T08:06", "受理2号问题 已派车送医院")).startsWith("已更新：问题#2已由田主任受理，正在处理：已派车送医院");
        assertThat(f.answerTo("tian", "2026-11-22T08:07", "/issues"))
                .contains("处理中：已联系酒店工程部")
                .contains("处理中：已派车送医院");
    }

    @Test
    void aResolutionStillResolvesAndALiaisonCannotAcknowledge() {
        assertThat(f.answerTo("hunan-li", "2026-11-22T08:05", "1号问题收到 已通知酒店")).isEqualTo("抱歉，问题由协调组受理。");
        assertThat(f.answerTo("tian", "2026-11-22T08:06", "1号问题收到 已处理好了")).startsWith("已更新：问题#1已解决");
    }
}
