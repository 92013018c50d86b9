package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the packaged jar's sandbox on the sports sample's first day (江苏 34 people planned at 10:15, 广东 37 at 11:30): an
 * arrival said with one coming tomorrow records today's arrival of those who came and tomorrow's of the one, and
 * today's meals lose only that one; a figure short of the plan offers the reply that records the part who came.
 */
class ArrivalWithSomeShortIT {

    private static final LocalDate FIRST = JarSandbox.today().minusDays(5);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void thoseWhoCameArriveTodayAndTheOneShortTomorrow() throws Exception {
        String day = JarSandbox.day(FIRST).replaceAll("（.*", "");
        String next = JarSandbox.day(FIRST.plusDays(1)).replaceAll("（.*", "");
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(FIRST, "10:20"), ":as 江苏", "全团34人已到 实际33 少一个明天来", ":as 广东", "到了 人都在 36", "36人已到，1人未到"));

        assertThat(t.answerTo("全团34人已到 实际33 少一个明天来"))
                .contains("抵达 33人")
                .contains(next)
                .contains("抵达 1人")
                .contains("相应调整用餐：" + day + "午餐、晚餐各减1人")
                .doesNotContain("取消");
        assertThat(t.answerTo("到了 人都在 36")).contains("请回复“36人已到，1人未到”");
        assertThat(t.answerTo("36人已到，1人未到")).contains("已记录").contains("抵达 36人").contains("未到的1人");
    }
}
