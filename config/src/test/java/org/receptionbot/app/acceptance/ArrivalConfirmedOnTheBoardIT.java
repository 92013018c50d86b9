package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * In the packaged jar's sandbox (conference sample, 湖南 and 湖北 7 people each): a liaison's "到了"
 * shows the reported arrival as arrived on /moves, with the train it gives instead of the one
 * reported, and no meal served meanwhile changes; people arriving the next morning instead of the
 * evening before are that arrival, late, not a second one; "确认 航班CZ3456" records the flight onto
 * the departure reported.
 */
class ArrivalConfirmedOnTheBoardIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final LocalDate TOMORROW = TODAY.plusDays(1);

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aConfirmedArrivalIsShownArrivedWithItsTrainAndALateOneIsNotRecordedTwice() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "09:00"),
                ":as 湖南",
                "我们今天下午4点到 坐G1502",
                JarSandbox.time(TODAY, "16:30"),
                "到了 坐的G1506",
                ":as 湖北",
                "湖北今天晚上8点到 7人",
                JarSandbox.time(TOMORROW, "08:00"),
                "刚到酒店 7人",
                ":as 广西",
                "我们今天晚上8点离开",
                "确认 航班CZ3456",
                ":as 协调员",
                "/moves 昨天",
                "/moves");

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo("到了 坐的G1506"))
                .contains("已确认：湖南省住房和城乡建设厅 全团7人已抵达（原报16:00 G1502）")
                .contains("车次/航班记为G1506。")
                .doesNotContain("午餐");
        assertThat(t.answerTo("刚到酒店 7人"))
                .contains("已确认：湖北省住房和城乡建设厅 后到的7人已抵达（原报" + JarSandbox.day(TODAY) + "20:00），晚于原报时间")
                .doesNotContain("晚餐");
        assertThat(t.answerTo("/moves 昨天"))
                .contains("16:30 抵达 湖南省住房和城乡建设厅 7人 G1506（已到达 ✓")
                .doesNotContain("G1502")
                .doesNotContain("湖北");
        assertThat(t.answerTo("确认 航班CZ3456"))
                .contains("已确认：广西壮族自治区住房和城乡建设厅 " + JarSandbox.day(TOMORROW) + "20:00 离开（原报未报车次/航班），车次/航班记为CZ3456。");
        assertThat(t.answerTo("/moves"))
                .contains("抵离动态（2项）")
                .contains("08:00 抵达 湖北省住房和城乡建设厅 7人（已到达 ✓；")
                .contains("20:00 离开 广西壮族自治区住房和城乡建设厅 12人 CZ3456（");
    }
}
