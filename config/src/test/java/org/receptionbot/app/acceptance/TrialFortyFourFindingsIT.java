package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Session 44's fixes of trials 72 and 73, in the packaged jar's sandbox. Sports: packed portions with the rest said to
 * eat at the hotel report the meal, so the deadline names the team no longer 未报, and "我们不是报了吗" is answered with
 * where the team stands; guests a dinner's figure already holds add no one ("广东晚饭37 +2 有两个家属" recorded 41), and a
 * liaison's "我们没有离开啊" takes a wrong departure back. Conference: a site's request for its route's list in words is
 * answered with the list.
 */
class TrialFortyFourFindingsIT {

    private static final LocalDate TODAY = JarSandbox.today();

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void packedWithTheRestAtTheHotelIsAReportAndTheSenderMayAskIfItWas() throws Exception {
        String packed = "贵州中午要打包20份 其余的回酒店吃";
        String asked = "我们不是报了吗？";
        List<String> lines =
                List.of(JarSandbox.time(TODAY, "08:30"), ":as 贵州", packed, asked, JarSandbox.time(TODAY, "10:01"));

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo(packed)).contains("午餐 按原计划", "打包20份");
        assertThat(t.answerTo(asked)).contains("贵州省代表团", "午餐：已报");
        String deadline = t.answer(lines.size() - 1);
        assertThat(deadline).contains("【报餐截止】", "贵州省代表团 堂食30人，打包20份").doesNotContain("打包20份（未报）");
        assertThat(deadline.lines().filter(l -> l.strip().startsWith("未报餐")))
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).doesNotContain("贵州省代表团"));
    }

    @Test
    void guestsTheFigureHoldsAddNoOneAndADenialTakesTheDepartureBack() throws Exception {
        String guests = "广东晚饭37 +2 有两个家属";
        String denial = "？？我们没有离开啊 是晚上去比赛 明天还在酒店吃住的";
        List<String> lines =
                List.of(JarSandbox.time(TODAY, "09:00"), ":as 广东", guests, ":as 湖北", "我们有4个人今晚9点走", denial);

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answerTo(guests)).contains("39人").doesNotContain("41人", "增加2人");
        assertThat(t.answerTo(denial)).contains("已撤销").doesNotContain("已记录");
    }

    @Test
    void aSiteAskingForItsRoutesListInWordsGetsIt() throws Exception {
        String ask = "北海线接待单位问名单 麻烦发一下";
        List<String> lines = List.of(JarSandbox.time(TODAY, "09:00"), ask);

        JarSandbox.Transcript t = sandbox.run(lines, JarSandbox.CONFERENCE);

        assertThat(t.answerTo(ask)).contains("北海线");
    }
}
