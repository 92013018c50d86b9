package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 撤销 after a follow-up and a redo of an undo, typed into the packaged jar's sandbox (sports sample)
 * on today's date: "撤销" after "不对，是29人" takes back the correction, "撤销" after the delegation a
 * coordinator's question asked for takes back what it recorded, and "刚才撤销错了" gives back a moved
 * departure; a redo that gives figures of its own changes nothing and is no meal record.
 */
class UndoAndRedoIT {

    private static final String TODAY = JarSandbox.day(JarSandbox.today());

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void undoTakesBackTheLatestFollowUpAndARedoGivesBackWhatAnUndoTookBack() throws Exception {
        List<String> lines = List.of(
                ":time 08:00",
                ":as 湖南",
                "湖南晚饭35人",
                "不对，是29人",
                "撤销",
                ":as 协调员",
                "晚饭少5人",
                "湖北",
                "撤销",
                "湖北那10个人下午3点走",
                "湖北那10个人改成下午4点走了",
                "撤销",
                "湖北那10个人还是下午3点走 坐G571 刚才撤销错了",
                "撤销错了 恢复一下");

        JarSandbox.Transcript t = sandbox.run(lines);

        assertThat(t.answer(4)).contains("已撤销：湖南省代表团 " + TODAY + "晚餐 报餐29人，晚餐恢复为35人");
        assertThat(t.answer(8)).contains("已撤销：湖北省代表团 " + TODAY + "晚餐 减少5人，晚餐恢复为60人");
        assertThat(t.answer(11))
                .contains("已撤销：湖北省代表团 " + TODAY + "16:00 离开 10人")
                .contains("已恢复：湖北省代表团 " + TODAY + "15:00 离开 10人");
        assertThat(t.answerTo("湖北那10个人还是下午3点走 坐G571 刚才撤销错了"))
                .contains("未作变更：")
                .contains("刚才撤销的是：湖北省代表团 " + TODAY + "16:00 离开 10人")
                .doesNotContain("午餐");
        assertThat(t.answerTo("撤销错了 恢复一下"))
                .contains("已恢复刚才撤销的记录：湖北省代表团 " + TODAY + "16:00 离开 10人")
                .contains("原记录（已替换）：湖北省代表团 " + TODAY + "15:00 离开 10人");
    }
}
