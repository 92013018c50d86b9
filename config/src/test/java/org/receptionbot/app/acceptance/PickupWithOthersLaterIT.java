package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trial 42's pickups with people still to come, in the packaged jar's sandbox on the sports sample's second day (甘肃 29
 * planned at 12:45, 重庆 44 at 15:15, 新疆 47 at 16:30): a bus liaison's "新疆队接到45个 还差2个明天到" records the 45 at
 * the report's minute and the 2 tomorrow; "重庆队44个全接到了 另外还有1个后天到" adds up to more than the team and is held
 * with the question; "我们甘肃的落地了 人基本都在 少一个" offers the plan less the one, and the reply "28" completes it.
 */
class PickupWithOthersLaterIT {

    /** The file's 11-17, laid so that today is its 11-23. */
    private static final LocalDate FIRST = JarSandbox.today().minusDays(6);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void thoseMetArriveNowTheOthersLaterAndFiguresAboveTheTeamAreAsked() throws Exception {
        LocalDate second = FIRST.plusDays(1);
        String next = JarSandbox.day(second.plusDays(1)).replaceAll("（.*", "");
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(second, "12:50"),
                ":as 甘肃",
                "我们甘肃的落地了 人基本都在 少一个",
                "28",
                JarSandbox.time(second, "15:20"),
                ":as 8号车",
                "重庆队44个全接到了 另外还有1个后天到",
                JarSandbox.time(second, "16:40"),
                ":as 9号车",
                "新疆队接到45个 还差2个明天到"));

        assertThat(t.answerTo("我们甘肃的落地了 人基本都在 少一个"))
                .contains("甘肃省代表团29人中28人已到，1人未到？")
                .doesNotContain("抵达 1人");
        assertThat(t.answerTo("28")).contains("已记录", "12:50 抵达 28人");
        assertThat(t.answerTo("重庆队44个全接到了 另外还有1个后天到"))
                .contains("全团44人", "合计45人，多于全团人数")
                .doesNotContain("已记录");
        assertThat(t.answerTo("新疆队接到45个 还差2个明天到"))
                .contains("16:40 抵达 45人", next, "抵达 2人")
                .doesNotContain("减45人");
    }

    /**
     * Trial 43: a bus liaison's run-on "江西26人 接上 嗯 哦还有个人飞机延误 今晚十一点才到" records the 26 at the report's minute
     * and the late one at 23:00; "接到重庆四十三位 另一位明早的航班" the 43 now and the other one tomorrow.
     */
    @Test
    void aRunOnPickupGivesTheLaterTimeToTheLaterOneOnly() throws Exception {
        LocalDate second = FIRST.plusDays(1);
        String next = JarSandbox.day(second.plusDays(1)).replaceAll("（.*", "");
        JarSandbox.Transcript t = sandbox.runIn(
                "trial43",
                List.of(
                        JarSandbox.time(second, "15:40"),
                        ":as 8号车",
                        "接到重庆四十三位 另一位明早的航班",
                        JarSandbox.time(second, "16:40"),
                        ":as 4号车",
                        "江西26人 接上 嗯 哦还有个人飞机延误 今晚十一点才到"),
                List.of());

        assertThat(t.answerTo("江西26人 接上 嗯 哦还有个人飞机延误 今晚十一点才到"))
                .contains("16:40 抵达 26人", "23:00 抵达 1人")
                .doesNotContain("23:00 抵达 26人");
        assertThat(t.answerTo("接到重庆四十三位 另一位明早的航班"))
                .contains("15:40 抵达 43人", next, "抵达 1人")
                .doesNotContain("没能看懂");
    }
}
