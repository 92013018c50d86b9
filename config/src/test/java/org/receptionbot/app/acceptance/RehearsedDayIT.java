package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A day rehearsed in the packaged jar's sandbox with {@code :time}, on today's date: morning
 * reports, the deadline reminder naming who has not reported, the locked board, a late change told
 * to the coordinators and the caterer, a custom reminder falling due, an early departure, the
 * evening briefing and departure checks; each said once.
 */
class RehearsedDayIT {

    private static final String TODAY = JarSandbox.day(JarSandbox.today());
    private static final String TOMORROW = JarSandbox.day(JarSandbox.today().plusDays(1));

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aDayRehearsedWithTimeSaysEachDueThingOnceInOrder() throws Exception {
        List<String> lines = List.of(
                ":time 07:30",
                ":as 协调员",
                "/remind 今天10:30 各代表团11点到九院门口集合",
                ":as 湖南",
                "今天午餐30人",
                ":as 湖北",
                "午餐55人",
                ":time 09:20",
                ":time 09:35",
                ":time 10:05",
                ":as 湖南",
                "今天午餐少2人",
                ":time 10:35",
                ":as 云南",
                "云南队明天早上6点全部离会",
                ":time 20:05",
                ":time 20:10",
                "/reminders");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo("今天午餐30人")).contains("已记录：湖南省代表团 " + TODAY + "午餐 报餐30人");
        assertThat(t.answerTo(":time 09:20")).doesNotContain("【报餐");
        assertThat(t.answerTo(":time 09:35"))
                .contains("【报餐提醒】" + TODAY + "午餐报餐将于10:00截止，以下30个代表团尚未报餐：")
                .contains("北京市代表团（联络员 张敏）", "云南省代表团（联络员 宋佳）")
                .doesNotContain("湖南省代表团", "湖北省代表团")
                .doesNotContain("【报餐截止】");
        assertThat(t.answerTo(":time 10:05"))
                .contains("【接待保障助手 → 接待办协调组】【报餐截止】" + TODAY + "午餐 用餐人数（已过报餐截止时间）")
                .contains("【接待保障助手 → 餐饮保障群】【报餐截止】")
                .contains("湖南省代表团 30人（计划35人）", "湖北省代表团 55人（计划60人）", "未报餐（30个，按全团计）：北京市代表团");
        assertThat(t.answerTo("今天午餐少2人")).contains("【接待保障助手 → 接待办协调组】⚠报餐截止后变更").contains("湖南省代表团 " + TODAY + "午餐 减少2人");
        assertThat(count(t.answerTo("今天午餐少2人"), "【接待保障助手 → 餐饮保障群】⚠报餐截止后变更")).isEqualTo(1);
        assertThat(t.answerTo(":time 10:35")).contains("【接待保障助手】【提醒】各代表团11点到九院门口集合");
        assertThat(t.answerTo("云南队明天早上6点全部离会")).contains("已记录：云南省代表团 " + TOMORROW + "06:00 离开");
        assertThat(t.answerTo(":time 20:05"))
                .contains("【接待保障助手 → 接待办协调组】【明日安排】" + TOMORROW)
                .contains("06:00 离开 云南省代表团")
                .contains("【接待保障助手】【离会确认】" + TOMORROW + "离会的代表团：")
                .contains("云南省代表团（联络员 宋佳）：06:00 55人");
        assertThat(t.answerTo(":time 20:10")).doesNotContain("【");
        assertThat(t.answerTo("/reminders")).contains("目前没有待发的提醒。");
        assertThat(count(t.out(), "【报餐提醒】" + TODAY + "午餐")).isEqualTo(1);
        assertThat(count(t.out(), "【报餐截止】" + TODAY + "午餐")).isEqualTo(2); // coordinators and caterer
        assertThat(count(t.out(), "【明日安排】")).isEqualTo(1);
    }

    private static long count(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
