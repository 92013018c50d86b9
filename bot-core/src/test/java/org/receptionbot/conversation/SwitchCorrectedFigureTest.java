package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A recorded switch whose figure is corrected ("湖南原来北海3个 改一个去柳州", then "不对 是改两个去柳州 不是一个"), read by
 * the real parser on the conference sample: the correction replaces the switch with the figure meant, so 北海线 keeps 1 and
 * 柳州线 has 5, not 柳州线 set to 2.
 */
class SwitchCorrectedFigureTest {
    private final ConversationFixture f = ConversationFixture.parsing(SampleEvents.conference(), "2026-12-09");

    private String visits(String route) {
        return f.answerTo("huang", "2026-12-09T09:10", "/visits " + route);
    }

    @ParameterizedTest
    @ValueSource(strings = {"不对 是改两个去柳州 不是一个", "说错了 是改两个去柳州"})
    void theCorrectedSwitchStacksOnTheRouteLeft(String correction) {
        f.answerTo("hunan", "2026-12-09T09:00", "湖南原来北海3个 改一个去柳州");

        String answer = f.answerTo("hunan", "2026-12-09T09:05", correction);

        assertThat(answer).contains("北海线：湖南省住房和城乡建设厅 1人").contains("柳州线：湖南省住房和城乡建设厅 5人");
        assertThat(visits("北海线")).contains("湖南省住房和城乡建设厅 1人（计划3人）");
        assertThat(visits("柳州线")).contains("湖南省住房和城乡建设厅 5人（计划3人）");
    }
}
