package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.conversation.ConversationFixture.GROUP;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.receptionbot.event.Event;
import org.receptionbot.event.TestEvents;

/**
 * A figure with an addition after it and a reason ("39 +1 多了个领导") is the meal's count, their sum; a
 * held addition corrected with a figure alone is that count, and a held "as planned" keeps no figure.
 */
class FigurePlusReasonTest {
    private static final Event EVENT = TestEvents.withPeople();
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private final ConversationFixture f = ConversationFixture.parsing(EVENT);

    private int lunch() {
        return f.diners(SUNDAY, "LUNCH", "hunan");
    }

    @Test
    void aFigurePlusOneWithItsReasonIsTheirSum() {
        f.say("hunan-li", "2026-11-22T09:35", "湖南今天中午35 +1 多了个领导");
        assertThat(lunch()).isEqualTo(36);
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）午餐 报餐36人");
    }

    @Test
    void aFigureWithJiaOrZaiJiaAndAReasonIsTheirSum() {
        f.say("hunan-li", "2026-11-22T09:35", "湖南中午34加1 多来了一个司机");
        assertThat(lunch()).isEqualTo(35);
        f.say("hunan-li", "2026-11-22T09:40", "湖南中午33 再加2 多了两个家属");
        assertThat(lunch()).isEqualTo(35);
        f.say("hunan-li", "2026-11-22T09:45", "湖南中午30+2 多了两个人");
        assertThat(lunch()).isEqualTo(32);
    }

    @Test
    void aHeldAdditionCorrectedWithAFigureAloneIsTheMealsCount() {
        f.say("hunan-li", "2026-11-22T09:35", "湖南中午加40人");
        assertThat(f.lastTo(GROUP).text()).startsWith("请确认以下人数");

        f.say("hunan-li", "2026-11-22T09:36", "不对，是36人");

        assertThat(lunch()).isEqualTo(36);
        assertThat(f.lastTo(GROUP).text()).startsWith("已记录：湖南省代表团 11月22日（周日）午餐 报餐36人（35人→36人）");
    }

    @Test
    void aHeldAdditionCorrectedWithASmallFigureStaysAnAddition() {
        f.say("hunan-li", "2026-11-22T09:35", "湖南中午加40人");
        f.say("hunan-li", "2026-11-22T09:36", "不对，是4人");
        assertThat(lunch()).isEqualTo(39);
    }

    @Test
    void aCorrectionOfAHeldMessageLeavesItsAsPlannedMealWithoutAFigure() {
        f.say("hunan-li", "2026-11-22T09:35", "湖南晚饭照常 中午加40人");
        assertThat(f.lastTo(GROUP).text()).startsWith("请确认以下人数");

        f.say("hunan-li", "2026-11-22T09:36", "不对，是36人");

        assertThat(lunch()).isEqualTo(36);
        assertThat(f.diners(SUNDAY, "DINNER", "hunan")).isEqualTo(35);
    }
}
