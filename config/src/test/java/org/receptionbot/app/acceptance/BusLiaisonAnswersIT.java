package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trial 42's bus liaison in the packaged jar's sandbox on the sports sample's first day (重庆 44, met by 8号车): a
 * pickup heading back ("重庆44人全部接到 往回走了") is 重庆's arrival before and after 撤销; a liaison's bare 确认 with nothing
 * waiting is told so, a 好的 right after the bot's answer and "好的收到" stay silent; what the parser cannot read from the
 * bus liaison is answered as it is from the team's liaison.
 */
class BusLiaisonAnswersIT {

    private static final LocalDate FIRST = JarSandbox.today().minusDays(5);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aBusLiaisonIsAnsweredAsATeamLiaisonIs() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(FIRST, "15:20"),
                ":as 8号车",
                "重庆44人全部接到 往回走了",
                JarSandbox.time(FIRST, "15:21"),
                "撤销",
                JarSandbox.time(FIRST, "15:22"),
                "重庆44人全部接到 往回走了",
                "好的",
                JarSandbox.time(FIRST, "15:40"),
                "重庆的人好像少几个吧",
                JarSandbox.time(FIRST, "16:30"),
                "确认",
                ":as 重庆",
                "好的收到",
                "重庆的人好像少几个吧"));

        assertThat(t.answer(2)).contains("已记录：重庆市代表团", "15:20 抵达 44人").doesNotContain("只能由");
        assertThat(t.answer(4)).contains("已撤销");
        assertThat(t.answer(6)).contains("已记录：重庆市代表团", "15:22 抵达 44人").doesNotContain("只能由");
        assertThat(t.answer(7)).doesNotContain("【接待保障助手】");
        assertThat(t.answer(9)).contains("没能看懂");
        assertThat(t.answer(11)).contains("目前没有待您确认的内容。");
        assertThat(t.answer(13)).doesNotContain("【接待保障助手】");
        assertThat(t.answer(14)).isEqualTo(t.answer(9));
    }
}
