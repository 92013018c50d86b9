package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.COORDINATORS;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;
import org.receptionbot.parse.MessageParser;

/**
 * What a liaison asks others to do beside a report reaches the coordinators: a report relayed for another
 * delegation (not recorded, passed on) and a pick-up or send-off asked beside a movement (recorded, the
 * request passed on). Read by the real parser on the games sample.
 */
class RelayedAndPickUpRequestsTest {
    private static final Event EVENT = SampleEvents.games();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = new ConversationFixture(EVENT, new MessageParser(EVENT)::parse);

    private String toCoordinators() {
        return f.outbox.sentTo(COORDINATORS).stream().map(Reply::text).reduce("", (a, b) -> a + "\n" + b);
    }

    @Test
    void aReportRelayedByAnotherDelegationsLiaisonIsPassedOnNotRecorded() {
        String answer = f.answerTo("hunan", "2026-11-22T10:00", "帮四川报一下 中午30");

        assertThat(answer).contains("四川").contains("已转协调组").doesNotContain("已记录");
        assertThat(f.ledger.day(DAY).active()).isEmpty();
        assertThat(toCoordinators())
                .contains("代报")
                .contains("李娜")
                .contains("帮四川报一下 中午30")
                .contains("报餐30人");
    }

    @Test
    void aReportRelayedForALiaisonWhosePhoneIsDeadIsPassedOnToo() {
        String answer = f.answerTo("hunan", "2026-11-22T10:00", "四川联络员手机没电了 我替他们报一下：四川晚饭40人");

        assertThat(answer).contains("已转协调组");
        assertThat(f.ledger.day(DAY).active()).isEmpty();
        assertThat(toCoordinators()).contains("代报");
    }

    @Test
    void anotherDelegationsFigureWithNoRelayIsRefusedAsBefore() {
        String answer = f.answerTo("hunan", "2026-11-22T10:00", "四川中午30");

        assertThat(answer).contains("只能由");
        assertThat(f.outbox.sentTo(COORDINATORS)).isEmpty();
    }

    @Test
    void aPickUpAskedBesideAnArrivalIsRecordedAndPassedOn() {
        String answer = f.answerTo("sichuan", "2026-11-22T10:00", "四川 还有3个队员今天下午5点到 坐D2236 麻烦安排接站");

        assertThat(answer).contains("抵达").contains("接送站需求已转协调组");
        assertThat(toCoordinators()).contains("接送站需求").contains("麻烦安排接站");
    }

    @Test
    void aSendOffAskedBesideADepartureIsPassedOn() {
        f.answerTo("sichuan", "2026-11-22T10:00", "四川明天早上8点走5个人 坐G1234 请派车送站");

        assertThat(toCoordinators()).contains("接送站需求").contains("请派车送站");
    }

    @Test
    void thanksForAPickUpDoneAskNothing() {
        f.answerTo("sichuan", "2026-11-22T10:00", "四川3个人刚到酒店了 谢谢接站的志愿者");

        assertThat(toCoordinators()).doesNotContain("接送站需求");
    }
}
