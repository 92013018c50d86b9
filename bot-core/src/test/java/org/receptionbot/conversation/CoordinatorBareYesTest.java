package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.receptionbot.ledger.IssueTicket;

/**
 * Session 38 (trial findings): a coordinator's bare 确认 acts only on what the bot asked that coordinator to confirm;
 * right after another answer (a report filed, an acknowledgement, a question which problem is meant) it acknowledges
 * nothing and says nothing waits. And the team's people at the station to meet others ("我们到车站了 去接他们") change
 * nobody's meals.
 */
class CoordinatorBareYesTest {
    private static final String FEVER = "我们有个运动员昨晚开始发烧 现在38度7 需要医生 住云上民宿612";

    @Test
    void aBareYesRightAfterAReportAcknowledgesNothing() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("guangxi", "06:50", FEVER);

        assertThat(f.soleAnswerTo("tian", "06:52", "确认")).isEqualTo("当前没有待确认的事项。");
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aBareYesRightAfterTheCoordinatorsOwnAnswerAcknowledgesNothing() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("shanghai", "06:40", "上海有两个队员发烧了 需要医生 住九院宾馆305");
        f.say("tian", "06:45", "1号问题收到 已派医生");
        f.say("guangxi", "06:50", FEVER);
        f.say("tian", "06:51", "问题清单");

        assertThat(f.soleAnswerTo("tian", "06:52", "确认")).isEqualTo("当前没有待确认的事项。");
        assertThat(f.issue(2).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void aBareYesAfterAskedWhichProblemMovesNeither() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("shanghai", "06:40", "上海有两个队员发烧了 需要医生 住九院宾馆305");
        f.say("guangxi", "06:50", FEVER);
        assertThat(f.soleAnswerTo("tian", "06:52", "收到 已派医生过去了")).contains("可能是指问题#1、#2");

        f.say("tian", "06:53", "确认");

        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
        assertThat(f.issue(2).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @Test
    void theCoordinatorsOwnHeldReportIsStillConfirmedPastAnotherReport() {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-23");
        f.say("tian", "06:50", "湖南午餐350人");
        f.say("guangxi", "06:51", FEVER);

        assertThat(f.soleAnswerTo("tian", "06:52", "确认")).startsWith("已记录").contains("350人");
        assertThat(f.issue(1).state()).isEqualTo(IssueTicket.State.OPEN);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"hunan|我们到车站了 去接他们", "hunan|我们到车站接他们了", "hunan|我们已经到火车站了 等着接家长"})
    void peopleMeetingOthersAtTheStationChangeNoMeals(String sender, String text) {
        ConversationFixture f = ConversationFixture.parsing(SampleEvents.games(), "2026-11-18");
        LocalDate day = LocalDate.parse("2026-11-18");
        int lunch = f.diners(day, "LUNCH", sender);
        int dinner = f.diners(day, "DINNER", sender);

        String answer = f.answerOrNull(sender, "10:00", text);

        assertThat(answer == null ? "" : answer).doesNotContain("抵达").doesNotContain("用餐");
        assertThat(f.diners(day, "LUNCH", sender)).isEqualTo(lunch);
        assertThat(f.diners(day, "DINNER", sender)).isEqualTo(dinner);
    }
}
