package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Today's lunch (served from 11:30) rehearsed in the packaged jar's sandbox with {@code :time}: a
 * change just before serving is recorded as late; once lunch is being served its figure stands
 * (a new report, the lunch part of a report that also covers dinner, an undo); a breakfast figure said beside recorded
 * meals while breakfast is served is named as not recorded; the liaison is told whom to
 * tell, and the /actual offered to a coordinator making the same report registers as it is.
 */
class ServedMealIT {

    private static final String TODAY = JarSandbox.day(JarSandbox.today());
    private static final Pattern OFFERED = Pattern.compile("/actual 土家山寨餐厅 午餐 (\\d+) \\S+");

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void onceLunchIsBeingServedItsReportedFigureStandsAndTheOfferedActualRegisters() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                ":time 07:30",
                ":as 湖南",
                "今天午餐30人",
                ":time 11:29",
                "今天午餐少2人",
                ":time 12:10",
                "撤销",
                "今天午餐少5人",
                "中午和晚上都少3人",
                ":as 协调员",
                "湖南今天午餐少5人"));

        assertThat(t.answerTo("今天午餐少2人"))
                .contains("已记录：湖南省代表团 " + TODAY + "午餐 减少2人（30人→28人）")
                .contains("⚠已过报餐截止时间，本次变更已通知协调组和餐饮保障组。");
        assertThat(t.answerTo("撤销")).contains("湖南省代表团 " + TODAY + "午餐已开餐，报餐人数28人是结算依据，不能撤销。");
        String refused = t.answerTo("今天午餐少5人");
        assertThat(refused)
                .contains("未记录：湖南省代表团 " + TODAY + "午餐 减少5人。该餐已开餐，报餐人数28人是结算依据，不再变更。")
                .contains("实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。")
                .doesNotContain("/actual")
                .doesNotContain("⚠报餐截止后变更");
        assertThat(t.answerTo("中午和晚上都少3人"))
                .contains("已记录：湖南省代表团 " + TODAY + "晚餐 减少3人（35人→32人）")
                .contains("未记录：湖南省代表团 " + TODAY + "午餐 减少3人。");

        String toCoordinator = t.answerTo("湖南今天午餐少5人");
        assertThat(toCoordinator).contains("实际就餐人数如有出入，请协调组或餐饮保障组用 /actual 登记。");
        Matcher offered = OFFERED.matcher(toCoordinator);
        assertThat(offered.find())
                .as("an /actual offered in:\n" + toCoordinator)
                .isTrue();
        int actual = Integer.parseInt(offered.group(1));
        JarSandbox.Transcript later = sandbox.run(List.of(":time 12:20", ":as 协调员", offered.group()));

        assertThat(later.answerTo(offered.group()))
                .contains("已登记：" + TODAY + "午餐 土家山寨餐厅 实到" + actual + "人，预订" + (actual + 5) + "人");
    }

    @Test
    void aFigureForTheBreakfastBeingServedBesideRecordedMealsIsNamedAsNotRecorded() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(":time 07:00", ":as 湖南", "早上吃了30个 中午还是30 晚上估计也30"));

        assertThat(t.answerTo("早上吃了30个 中午还是30 晚上估计也30"))
                .contains("已记录：湖南省代表团 " + TODAY + "午餐 报餐30人")
                .contains("未记录：湖南省代表团 " + TODAY + "早餐 报餐30人。该餐已开餐，报餐人数")
                .contains("实际就餐人数如有出入，请告知协调组或餐饮保障组，由其登记。")
                .contains("晚餐“晚上估计也30”是估计数，未记录");
    }
}
