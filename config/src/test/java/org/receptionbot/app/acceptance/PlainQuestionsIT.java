package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A coordinator's questions in plain words at 10:05, typed into the packaged jar's sandbox on the
 * sample event: who has not reported (lunch, implied by the time, or the meal named), one
 * delegation's standing, a meal's total, a delegation's bus; nothing of it is recorded, and a
 * liaison's vehicle problem reaches the coordinators with the delegation's bus; who moves on a day is that
 * day's movements board, and a driver's phone asked beside talk the delegation's vehicle.
 */
class PlainQuestionsIT {

    private static final String TODAY = JarSandbox.day(JarSandbox.today());
    private static final String TOMORROW = JarSandbox.day(JarSandbox.today().plusDays(1));

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void aCoordinatorsQuestionsInPlainWordsAreAnsweredAndNotRecorded() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                ":time 09:00",
                ":as 湖南",
                "今天午餐30人",
                ":as 协调员",
                ":time 10:05",
                "还有哪些没报",
                "谁还没报晚餐",
                "北京报了没",
                "广西晚饭报了吗",
                "午饭各餐厅一共多少人",
                "查看午餐",
                "广东的车是几号车",
                "广西的车是几号车",
                "本团情况 广西",
                ":as 广西",
                "我们晚饭报了吗",
                "北京报了吗",
                "车还没来，等了半小时了"));

        String lunch = t.answerTo("还有哪些没报");
        assertThat(lunch)
                .contains(TODAY + "午餐（10:00截止，已截止）尚未报餐的代表团（31个，按全团计）：")
                .contains("北京市代表团（联络员 张敏 13907180017）")
                .doesNotContain("湖南省代表团");
        assertThat(t.answerTo("谁还没报晚餐")).contains(TODAY + "晚餐（15:00截止）尚未报餐的代表团（32个，按全团计）：");
        assertThat(t.answerTo("北京报了没")).contains("北京市代表团 " + TODAY + "午餐：未报，按全团计42人（报餐已于10:00截止）");
        assertThat(t.answerTo("广西晚饭报了吗")).contains("广西壮族自治区代表团 " + TODAY + "晚餐：未报，按全团计52人（报餐15:00截止）");
        assertThat(t.answerTo("午饭各餐厅一共多少人")).isEqualTo(t.answerTo("查看午餐")).contains("用餐人数");
        assertThat(t.answerTo("广东的车是几号车")).contains("广东省代表团在活动安排中没有登记专用车辆，用车请联系协调组。");
        assertThat(t.answerTo("广西的车是几号车")).contains("广西壮族自治区代表团用车：\n    6号车 鄂Q·A1006，司机 彭师傅 13508190066");
        assertThat(t.answerTo("本团情况 广西")).contains("车辆：6号车 鄂Q·A1006，司机 彭师傅 13508190066");
        assertThat(t.answerTo("我们晚饭报了吗")).contains("广西壮族自治区代表团 " + TODAY + "晚餐：未报，按全团计52人（报餐15:00截止）");
        assertThat(t.answerTo("车还没来，等了半小时了")).contains("广西壮族自治区代表团用车：6号车 鄂Q·A1006，司机 彭师傅 13508190066");
        assertThat(t.answerTo("北京报了吗")).isBlank();
        assertThat(t.out()).doesNotContain("已记录：北京", "已记录：广西壮族自治区代表团 " + TODAY + "晚餐");
    }

    @Test
    void whoMovesOnADayAndADriversPhoneBesideTalkAreAnsweredAndNotRecorded() throws Exception {
        JarSandbox.Transcript t = sandbox.run(List.of(
                ":time 09:00", ":as 湖南", "我们车10点15在酒店门口等 司机电话多少", ":as 协调员", "今天离开的有几个", "今日动态", "明天走的有哪些团", "明天动态"));

        assertThat(t.answerTo("我们车10点15在酒店门口等 司机电话多少"))
                .contains("湖南省代表团用车：")
                .contains("3号车 鄂Q·A1003，司机 覃师傅 13508190033");
        // The sample's sixth day and the next have no movement: a question about departures says so plainly,
        // the day's board says there is nothing at all.
        assertThat(t.answerTo("今天离开的有几个")).contains(TODAY + " 抵离动态：今日无离开");
        assertThat(t.answerTo("今日动态")).contains(TODAY + " 抵离动态：无抵离安排");
        assertThat(t.answerTo("明天走的有哪些团")).contains(TOMORROW + " 抵离动态：无离开");
        assertThat(t.answerTo("明天动态")).contains(TOMORROW + " 抵离动态：无抵离安排");
        assertThat(t.out()).doesNotContain("已记录", "没能看懂");
    }
}
