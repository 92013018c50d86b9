package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the packaged jar's sandbox (sports sample, 湖南 35 people): people reported to arrive later today,
 * then reported as arrived in three ways, confirm that one arrival once; a different figure is asked
 * about; the day's movements show it arrived, and the delegation's card keeps one arrival of 3.
 */
class ArrivalAsItHappensIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void anArrivalReportedAsItHappensConfirmsTheOneReportedEarlier() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "10:00"),
                ":as 湖南",
                "还有3个队员今天下午4点20到 G1234",
                JarSandbox.time(TODAY, "16:25"),
                "那三个人到了",
                "3个队员已经到酒店了",
                "湖南后到的3人到了",
                "5个人到了",
                ":as 协调员",
                "/moves",
                "/status 湖南");

        JarSandbox.Transcript t = sandbox.run(lines);

        String confirmed = "已确认：湖南省代表团 后到的3人已抵达（原报16:20 G1234）";
        String dinner = "3人自" + JarSandbox.day(TODAY).replaceAll("（.*", "") + "晚餐起计入用餐";
        assertThat(t.answerTo("那三个人到了")).contains(confirmed).contains(dinner);
        // confirmed at the report's minute (16:25), not at the 16:20 said before
        String again = "已确认过：湖南省代表团 后到的3人已于16:25抵达，未重复记录。";
        assertThat(t.answerTo("3个队员已经到酒店了")).contains(again).doesNotContain("早餐");
        assertThat(t.answerTo("湖南后到的3人到了")).contains(again).doesNotContain("10分钟内已收到相同的报告");
        assertThat(t.answerTo("5个人到了")).contains("未记录：").contains("请回复“另外5人已到”");
        assertThat(t.answerTo("/moves")).contains("抵离动态（1项）").contains("16:25 抵达 湖南省代表团 3人 G1234（已到达 ✓");
        assertThat(t.answerTo("/status 湖南")).contains("其余32人").doesNotContain("其余29人");
    }
}
