package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A switch whose route joined is left unsaid beside the delegation's figure on one route in the same message: the
 * message settled the route, so nothing is asked (conference sample: 山东 百色线 4, 柳州线 4; real parser).
 */
class SwitchRouteSettledTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference());

    @Test
    void theSwitchGoesToTheRouteTheFigureNamesAndNoRouteIsAsked() {
        f.answerTo("shandong", "2026-12-09T14:00", "山东百色线1个");

        String answer = f.answerTo("shandong", "2026-12-09T14:10", "山东百色线应该是5个 不是1个 小王是从柳州换过去的");

        assertThat(answer).doesNotContain("请问是哪条考察线路").contains("柳州线：山东省住房和城乡建设厅 3人（原4人）", "百色线：山东省住房和城乡建设厅 5人");
    }

    @Test
    void aSwitchWithNoFigureBesideItIsStillAsked() {
        String answer = f.answerTo("shandong", "2026-12-09T12:10", "小王是从柳州换过去的");

        assertThat(answer).doesNotContain("由柳州线改为");
    }
}
