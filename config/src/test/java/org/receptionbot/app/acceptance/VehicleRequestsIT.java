package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A driver's phone or a plate requested in the packaged jar's sandbox on the conference sample (北海线 rides buses
 * 3, 4, 5 and 9): a bus's card, a route's buses, a bus the file lacks, and meal figures recorded beside a request
 * (the twenty-seventh trial's "湖北 中午56 晚上56 哦对了1号车司机电话发我一下").
 */
class VehicleRequestsIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void driverPhonesAndPlatesAreAnsweredFromTheEventFile() throws Exception {
        List<String> lines = List.of(
                JarSandbox.time(TODAY, "09:00"),
                ":as 湖北",
                "湖北 中午6 晚上6 哦对了1号车司机电话发我一下",
                "3号车师傅电话多少",
                "北海线的车牌号发一下",
                "15号车司机电话发我一下");

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo("湖北 中午6 晚上6 哦对了1号车司机电话发我一下"))
                .contains("已记录：湖北省住房和城乡建设厅 " + JarSandbox.day(TODAY) + "午餐 报餐6人")
                .contains("湖北省住房和城乡建设厅 " + JarSandbox.day(TODAY) + "晚餐 报餐6人")
                .contains("1号车", "车牌：桂A·H3101", "司机：黄师傅", "电话：13877100001")
                .doesNotContain("问题#");
        assertThat(t.answerTo("3号车师傅电话多少")).contains("车牌：桂A·H3103", "司机：覃师傅", "电话：13877100003");
        assertThat(t.answerTo("北海线的车牌号发一下"))
                .contains("北海线用车（4辆）：", "3号车 桂A·H3103，司机 覃师傅 13877100003", "9号车 桂A·H3109，司机 廖师傅 13877100009");
        assertThat(t.answerTo("15号车司机电话发我一下")).contains("没有15号车。现有车辆：1号、2号");
    }
}
