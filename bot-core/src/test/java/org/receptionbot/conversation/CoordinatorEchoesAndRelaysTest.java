package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Visit;
import org.receptionbot.visit.VisitBoards;

/**
 * A coordinator's message that opens with 收到/好的 (or says 已改): the parser reads it as an echo of a report and
 * records nothing; the chat takes what it says when the ledger does not hold it (a relay of a phone call), says
 * nothing when it does (an echo of the liaison's report), and asks when a change may be a recent report in other
 * words. Read by the real parser on the bundled samples; 田卫东 ("tian") and 黄志刚 ("huang") are coordinators.
 */
class CoordinatorEchoesAndRelaysTest {
    private static final Event GAMES = SampleEvents.games();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = ConversationFixture.parsing(GAMES);

    private int entries() {
        return f.ledger.day(DAY).active().size()
                + f.ledger.day(DAY.plusDays(1)).active().size();
    }

    @Test
    void aDepartureRelayedOpeningWithShouDaoIsRecordedAndAnswered() {
        String answer = f.answerOrNull("tian", "2026-11-22T10:00", "收到，刚接到电话 湖南明天早上8点走 全团35人");

        assertThat(answer).isNotNull().contains("已记录").contains("湖南");
        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .anySatisfy(r ->
                        assertThat(r).isInstanceOf(Departure.class).hasFieldOrPropertyWithValue("delegation", "hunan"));
    }

    @Test
    void anAcknowledgementEchoingTheLiaisonsMealFigureJustReportedStaysSilent() {
        f.answerTo("hunan", "2026-11-22T10:00", "晚饭30个");
        int before = entries();

        assertThat(f.answerOrNull("tian", "2026-11-22T10:02", "好的 湖南晚饭30")).isNull();
        assertThat(f.answerOrNull("tian", "2026-11-22T10:03", "@湖南 收到，湖南晚上30人 已通知餐厅"))
                .isNull();
        assertThat(entries()).isEqualTo(before);
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(30);
    }

    @Test
    void anEchoOfTheLiaisonsChangeInTheSameWordsOrAsTheFigureItLeavesStaysSilent() {
        f.answerTo("hunan", "2026-11-22T10:00", "晚饭少5个");
        int before = entries();

        assertThat(f.answerOrNull("tian", "2026-11-22T10:02", "@湖南 收到 湖南晚饭少5个")).isNull();
        assertThat(f.answerOrNull("tian", "2026-11-22T10:04", "收到，湖南晚饭30，已改")).isNull();
        assertThat(entries()).isEqualTo(before);
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(30);
    }

    @Test
    void anEchoOfTheLiaisonsDepartureStaysSilent() {
        f.answerTo("hunan", "2026-11-22T10:00", "我们明天早上8点全团走");
        int before = f.ledger.activeMovements().size();

        assertThat(f.answerOrNull("tian", "2026-11-22T10:05", "收到，湖南明天走，交通组请对接"))
                .isNull();
        assertThat(f.ledger.activeMovements()).hasSize(before);
    }

    @Test
    void aRelayWithAFigureDifferingFromTheLedgerIsRecordedAsTheChange() {
        f.answerTo("hunan", "2026-11-22T10:00", "晚饭30个");

        String answer = f.answerOrNull("tian", "2026-11-22T11:00", "收到，刚接到电话 湖南晚饭改成32");

        assertThat(answer).isNotNull().contains("32");
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(32);
    }

    @Test
    void aChangeThatMayBeARecentReportInOtherWordsIsAskedNotAppliedTwice() {
        f.answerTo("hunan", "2026-11-22T10:00", "晚饭30个");

        var said = f.say("tian", "2026-11-22T10:05", "好的 湖南晚饭少5个");

        assertThat(f.lastTo(ConversationFixture.GROUP).text())
                .contains("是否另行记录")
                .contains("减少5人");
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(30);
        f.pressOnLast("tian", "2026-11-22T10:06", said, "否");
        assertThat(f.diners(DAY, "DINNER", "hunan")).isEqualTo(30);
    }

    @Test
    void aChangeRelayedWithNoReportOfThatMealIsRecorded() {
        String answer = f.answerOrNull("tian", "2026-11-22T10:00", "好的 云南晚饭少3个");

        assertThat(answer).isNotNull().contains("已记录").contains("减少3人");
        assertThat(f.diners(DAY, "DINNER", "yunnan")).isEqualTo(52);
    }

    @Test
    void aCoordinatorsAnswerOnABussSeatsStaysSilent() {
        f.answerOrNull("hunan", "2026-11-22T10:00", "3号车实到33人");
        int before = entries();

        assertThat(f.answerOrNull("tian", "2026-11-22T10:02", "收到，3号车可以多坐两位")).isNull();
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void anEchoOfAVisitFigureStaysSilent() {
        ConversationFixture visits = ConversationFixture.parsing(SampleEvents.conference());
        VisitBoards boards = new VisitBoards(visits.core.event, visits.ledger);
        visits.answerTo("jilin", "2026-12-08T16:00", "北海线我们去3个");
        assertThat(boards.people("beihai", "jilin")).isEqualTo(3);
        long before = visits.ledger.day(LocalDate.of(2026, 12, 9)).active().size();

        assertThat(visits.answerOrNull("huang", "2026-12-08T16:05", "好的 吉林北海3个"))
                .isNull();
        assertThat(visits.ledger.day(LocalDate.of(2026, 12, 9)).active()).hasSize((int) before);
        assertThat(boards.people("beihai", "jilin")).isEqualTo(3);
    }

    @Test
    void aVisitFigureRelayedThatTheRouteDoesNotHoldIsRecorded() {
        ConversationFixture visits = ConversationFixture.parsing(SampleEvents.conference());
        VisitBoards boards = new VisitBoards(visits.core.event, visits.ledger);

        String answer = visits.answerOrNull("huang", "2026-12-08T16:05", "好的 吉林北海2个");

        assertThat(answer).isNotNull().contains("北海线");
        assertThat(visits.ledger.day(LocalDate.of(2026, 12, 9)).active())
                .extracting(e -> e.record())
                .contains(new Visit("jilin", "beihai", 2));
        assertThat(boards.people("beihai", "jilin")).isEqualTo(2);
    }

    @Test
    void aWholeDelegationRelayedOntoARouteIsRecordedAndItsEchoThenStaysSilent() {
        ConversationFixture visits = ConversationFixture.parsing(SampleEvents.conference());
        VisitBoards boards = new VisitBoards(visits.core.event, visits.ledger);

        assertThat(visits.answerOrNull("huang", "2026-12-08T16:05", "@北京 收到，北京全部北海线"))
                .isNotNull()
                .contains("已记录");
        assertThat(visits.answerOrNull("huang", "2026-12-08T16:10", "好的 北京全部北海线"))
                .isNull();
        assertThat(boards.people("liuzhou", "beijing")).isZero();
    }

    @Test
    void anEditedRelayReplacesWhatItRecorded() {
        var first = f.say("tian", "2026-11-22T10:00", "收到，刚接到电话 湖南明天早上8点走 全团35人");

        f.send(new org.receptionbot.chat.IncomingMessage(
                ConversationFixture.GROUP,
                first.messageId(),
                "tian",
                "tian",
                ConversationFixture.time("2026-11-22T10:03"),
                "收到，刚接到电话 湖南明天早上9点走 全团35人",
                null,
                true));

        assertThat(f.ledger.activeMovements())
                .extracting(e -> e.record())
                .singleElement()
                .isEqualTo(new Departure("hunan", DAY.plusDays(1), java.time.LocalTime.of(9, 0), 35, null));
    }
}
