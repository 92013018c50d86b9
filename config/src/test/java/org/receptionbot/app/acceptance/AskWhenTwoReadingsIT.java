package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's questions where a message reads two ways, typed into the packaged jar's sandbox on
 * today's date: a coordinator's 照常 over a liaison's figure, the same relative change sent twice,
 * and a figure corrected in answer to a 确认 prompt.
 */
class AskWhenTwoReadingsIT {

    private static final String TODAY = JarSandbox.day(JarSandbox.today());
    private static final String TOMORROW = JarSandbox.day(JarSandbox.today().plusDays(1));

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aMessageThatReadsTwoWaysIsAskedAboutAndRecordedAsTheSenderChooses() throws Exception {
        List<String> lines = List.of(
                ":time 08:00",
                ":as 湖南",
                "今晚30人",
                ":as 协调员",
                "湖南今晚照常",
                "按已报",
                ":as 湖南",
                "明天午餐减6人",
                "明天午餐减6人",
                "否",
                "今晚290人",
                "不对，是29人");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("湖南今晚照常"))
                .contains("湖南省代表团 " + TODAY + "晚餐：李娜已报30人，原计划为35人。")
                .contains("[按已报人数] [按原计划]");
        assertThat(t.answerTo("按已报")).contains("已保留已报人数，未作变更。");
        assertThat(t.answer(lines.indexOf("明天午餐减6人"))).contains("已记录：湖南省代表团 " + TOMORROW + "午餐 减少6人");
        assertThat(t.answerTo("明天午餐减6人")).contains("10分钟内已收到相同的报告（减6人），是否再减6人？").contains("[是] [否]");
        assertThat(t.answerTo("否")).contains("好的，未重复记录。");
        assertThat(t.answerTo("今晚290人")).contains("请确认以下人数");
        assertThat(t.answerTo("不对，是29人")).contains("已记录：湖南省代表团 " + TODAY + "晚餐 报餐29人（30人→29人）");
    }
}
