package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Trial 41's pickups in the packaged jar's sandbox on the sports sample's first day (北京 42 people planned at 09:00):
 * a bus liaison's pickup with one still to come in the afternoon records those met at the report's minute and the one
 * in the afternoon, lunch losing only that one; a pickup with no bus named and a team liaison's pickup naming the bus
 * are arrivals at the report's minute, not silence and not the bus's head count.
 */
class PickupReportsIT {

    private static final LocalDate FIRST = JarSandbox.today().minusDays(5);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void pickupsAreTheArrivalsOfThoseMetAndTheOneStillToComeIsTheirOwn() throws Exception {
        String day = JarSandbox.day(FIRST).replaceAll("（.*", "");
        JarSandbox.Transcript t = sandbox.run(List.of(
                JarSandbox.time(FIRST, "08:40"),
                ":as 10号车",
                "10号车接到北京队41人 还有一个下午到",
                JarSandbox.time(FIRST, "12:10"),
                ":as 1号车",
                "接到湖北59人 往酒店走了",
                ":as 湖南",
                "3号车刚接到湖南5个人"));

        assertThat(t.answerTo("10号车接到北京队41人 还有一个下午到"))
                .contains("08:40 抵达 41人", "下午 抵达 1人", "相应调整用餐：" + day + "午餐减1人", "已转告协调组")
                .doesNotContain("减41人");
        assertThat(t.answerTo("接到湖北59人 往酒店走了")).contains("已记录：湖北省代表团", "12:10 抵达 59人", "已转告协调组");
        assertThat(t.answerTo("3号车刚接到湖南5个人"))
                .contains("已记录：湖南省代表团", "12:10 抵达 5人")
                .doesNotContain("实到");
    }
}
