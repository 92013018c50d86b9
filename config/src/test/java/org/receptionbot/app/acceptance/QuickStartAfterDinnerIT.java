package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's quick start tried by a new user after dinner has opened (17:30 on the sports sample), in the packaged
 * jar: the sandbox's opening lines say that today's served meals no longer change and suggest {@code :time 08:00};
 * the README's first report typed without that line ("今晚少5人") is not recorded, and the answer says what can still
 * be done; with {@code :time 08:00} first, as the README has it, the report is recorded. The clock is put at 18:30 by a
 * first session's {@code :time}, which the sandbox keeps for the next one, as after a restart.
 */
class QuickStartAfterDinnerIT {
    private static final String TODAY = JarSandbox.day(JarSandbox.today());

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void afterDinnerHasOpenedTheSandboxSaysSoAndTheReadmesFirstLinesStillWork() throws Exception {
        List<String> readme = QuickStartIT.typed(QuickStartIT.transcript());
        assertThat(readme.subList(0, 3)).containsExactly(":time 08:00", ":as 湖南", "今晚少5人");
        sandbox.run(List.of(":time 18:30"));

        List<String> lines = new ArrayList<>(readme.subList(1, 3)); // the README's report, without :time 08:00
        lines.addAll(readme.subList(0, 3)); // then as the README has it
        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.out())
                .contains("\n" + QuickStartIT.HINT + TODAY + "18:30，今天的早餐、午餐、晚餐已开餐，报餐人数是结算依据，不再变更"
                        + "（如“今天晚餐少5人”不予记录）；今天的宵夜和明天的餐仍可报送，如“明天晚餐少5人”。"
                        + "要从早上开始演练这一天，请先输入 :time 08:00。\n");
        assertThat(t.answer(1))
                .contains("未记录：湖南省代表团 " + TODAY + "晚餐 减少5人。该餐已开餐，报餐人数35人是结算依据，不再变更。")
                .contains("明天的晚餐仍可报送：请写明日期，如“明天晚餐少5人”。")
                .contains("实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。")
                .doesNotContain("已记录");
        assertThat(t.answer(4)).contains("已记录：湖南省代表团 " + TODAY + "晚餐 减少5人（35人→30人）");
    }
}
