package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The forty-first trial's arrivals with one short, in the packaged jar's sandbox on the sports sample (湖北 60 planned
 * on the file's 11-17, 广东 37 on 11-18, 陕西 33 on 11-17; 北京 leaving on 11-30): "人都在 不过少一个" offers the plan less
 * the one and the replies "59" and "明天到" complete that arrival; "到了33人 还有1个明天到" from a team of 33 is asked about,
 * not recorded; a packed message undone and sent again is answered as new.
 */
class ArrivalShortQuestionsIT {

    /** The file's 11-17 and 11-18, laid so that today is its 11-23. */
    private static final LocalDate FIRST = JarSandbox.today().minusDays(6);

    private static final LocalDate LAST = JarSandbox.today().plusDays(6);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void theOneShortIsAskedAboutAndTheRepliesCompleteTheArrival() throws Exception {
        String next = JarSandbox.day(FIRST.plusDays(2)).replaceAll("（.*", "");
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(FIRST, "11:50"),
                ":as 湖北",
                "人都在 不过少一个",
                "59",
                ":as 陕西",
                "到了33人 还有1个明天到",
                JarSandbox.time(FIRST.plusDays(1), "11:35"),
                ":as 广东",
                "人都在 不过少一个",
                "明天到"));

        assertThat(t.answer(2)).contains("湖北省代表团60人中59人已到，1人未到？").doesNotContain("哪一餐");
        assertThat(t.answerTo("59")).contains("已记录", "11:50 抵达 59人", "未到的1人");
        assertThat(t.answerTo("到了33人 还有1个明天到"))
                .contains("全团33人", "合计34人，多于全团人数")
                .doesNotContain("已记录");
        assertThat(t.answerTo("人都在 不过少一个")).contains("广东省代表团37人中36人已到，1人未到？");
        assertThat(t.answerTo("明天到"))
                .contains("11:35 抵达 36人", next, "抵达 1人")
                .doesNotContain("全团")
                .doesNotContain("取消");
    }

    @Test
    void aPackedMessageUndoneAndSentAgainIsAnsweredAsNew() throws Exception {
        JarSandbox.Transcript t = sandbox.run(
                List.of(JarSandbox.time(LAST, "08:00"), ":as 北京", "明天早饭打包 20份 7点前走", "撤销", "明天早饭打包 20份 7点前走 "));

        assertThat(t.answerTo("撤销")).contains("已撤销");
        assertThat(t.answerTo("明天早饭打包 20份 7点前走 ")).contains("请确认").doesNotContain("已由本条代替");
    }
}
