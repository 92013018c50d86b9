package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.visit.VisitBoards;

/**
 * Trial 63's findings on the conference sample (湖北 7 people, 柳州线 6 in the plan; 广西 12): a named person switched
 * out of a route's group said with 其中 is one of that group (柳州 5, 北海 1: still 6 on the routes), and a dinner said
 * "也都在" after the lunch is recorded too, as planned (all 12), not dropped.
 */
class NamedSwitchAndAllThereTest {
    private static final Event EVENT = SampleEvents.conference();
    private static final LocalDate DAY_ONE = LocalDate.of(2026, 12, 8);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);
    private final VisitBoards boards = new VisitBoards(EVENT, f.ledger);

    private int people(String route, String delegation) {
        return boards.list(route).orElseThrow().people(delegation);
    }

    @Test
    void aNamedSwitchOutOfTheGroupKeepsTheTeamsTotalOnTheRoutes() {
        assertThat(people("liuzhou", "hubei")).isEqualTo(6);

        String answer = f.answerTo("hubei", "2026-12-08T17:30", "湖北柳州线6个人 其中何处改去北海线");

        assertThat(answer).contains("由柳州线改为北海线").doesNotContain("（原5人）");
        assertThat(people("liuzhou", "hubei")).isEqualTo(5);
        assertThat(people("beihai", "hubei")).isEqualTo(1);
        assertThat(people("baise", "hubei")).isZero();
    }

    @Test
    void dinnerSaidAllThereAfterLunchIsRecordedAsPlanned() {
        String answer = f.answerTo("guangxi", "2026-12-08T08:30", "广西厅12人 中午都吃 晚上也都在");

        assertThat(answer).contains("午餐").contains("晚餐");
        assertThat(f.diners(DAY_ONE, "LUNCH", "guangxi")).isEqualTo(12);
        assertThat(f.diners(DAY_ONE, "DINNER", "guangxi")).isEqualTo(12);
        assertThat(f.core.meals
                        .count(DAY_ONE, EVENT.meal("DINNER").orElseThrow(), "guangxi")
                        .reported())
                .as("the dinner is reported, not left 未报")
                .isTrue();
    }
}
