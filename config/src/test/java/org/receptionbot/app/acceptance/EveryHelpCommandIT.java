package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.command.Help;

/**
 * Every command and every Chinese command word that {@code /help} and the README's command table
 * list, typed into the packaged jar's sandbox on today's date: each answers what it is for. A form
 * added to the help or the table without a case here fails the first test.
 */
class EveryHelpCommandIT {

    private static final LocalDate TODAY = JarSandbox.today();
    private static final String TODAY_ = JarSandbox.day(TODAY);
    private static final String TOMORROW = JarSandbox.day(TODAY.plusDays(1));

    /** A case: lines typed (the last one is the form under test) and what its answer must contain. */
    private record Case(List<String> lines, List<String> expected) {
        static Case of(String who, String input, String... expected) {
            return new Case(List.of(":as " + who, input), List.of(expected));
        }

        static Case after(List<String> setup, String input, String... expected) {
            List<String> lines = new ArrayList<>(setup);
            lines.add(input);
            return new Case(lines, List.of(expected));
        }
    }

    /** The cases, in the order they are typed (issue and reminder numbers follow from it). */
    private static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        String lunchBoard = TODAY_ + "午餐 用餐人数";
        c.put("/meals 明天 午餐", Case.of("协调员", "/meals 明天 午餐", TOMORROW + "午餐 用餐人数", "合计："));
        c.put("查看午餐", Case.of("协调员", "查看午餐", lunchBoard, "【九院宾馆自助餐厅】"));
        c.put("明天早餐", Case.of("协调员", "明天早餐", TOMORROW + "早餐 用餐人数"));
        c.put("查看明天早餐", Case.of("协调员", "查看明天早餐", TOMORROW + "早餐 用餐人数"));
        c.put("午餐人数", Case.of("协调员", "午餐人数", lunchBoard));
        c.put("/moves 明天", Case.of("协调员", "/moves 明天", TOMORROW + " 抵离动态"));
        c.put("今日动态", Case.of("协调员", "今日动态", TODAY_ + " 抵离动态"));
        c.put("明天动态", Case.of("协调员", "明天动态", TOMORROW + " 抵离动态"));
        c.put("抵离动态", Case.of("协调员", "抵离动态", TODAY_ + " 抵离动态"));
        c.put("查看到达", Case.of("协调员", "查看到达", TODAY_ + " 抵离动态"));
        c.put("看一下今天到达", Case.of("湖南", "看一下今天到达", TODAY_ + " 抵离动态"));
        c.put("今天谁到", Case.of("协调员", "今天谁到", TODAY_ + " 抵离动态"));
        c.put("明天谁走", Case.of("湖南", "明天谁走", TOMORROW + " 抵离动态"));
        c.put("到达情况", Case.of("协调员", "到达情况", TODAY_ + " 抵离动态"));
        c.put("/counts", Case.of("协调员", "/counts", TODAY_ + " 车辆清点"));
        c.put("车辆清点", Case.of("协调员", "车辆清点", TODAY_ + " 车辆清点"));
        c.put("清点情况", Case.of("协调员", "清点情况", TODAY_ + " 车辆清点"));
        c.put("/status 湖南", Case.of("协调员", "/status 湖南", "湖南省代表团（35人）", "今日用餐"));
        c.put("本团情况", Case.of("湖南", "本团情况", "湖南省代表团（35人）", "明日用餐"));
        c.put("湖南团情况", Case.of("协调员", "湖南团情况", "湖南省代表团（35人）", "今日用餐"));
        c.put("/car 3", Case.of("协调员", "/car 3", "3号车", "鄂Q·A1003", "覃师傅"));
        c.put("3号车在哪", Case.of("湖南", "3号车在哪", "鄂Q·A1003"));
        c.put("3号车", Case.of("湖南", "3号车", "鄂Q·A1003"));
        c.put("9号车是谁在跟", Case.of("协调员", "3号车是谁在跟", "鄂Q·A1003", "覃师傅"));
        c.put("7号车跟车的是谁", Case.of("协调员", "3号车跟车的是谁", "覃师傅"));
        c.put("6号车随车联络员电话", Case.of("协调员", "3号车随车联络员电话", "覃师傅"));
        c.put("车到楼下了吗 3号车师傅电话多少", Case.of("湖南", "车到楼下了吗 3号车师傅电话多少", "鄂Q·A1003", "覃师傅"));
        for (String undo : List.of("/undo", "撤销", "撤回"))
            c.put(undo, Case.after(List.of(":as 湖南", "今天晚餐少2人"), undo, "已撤销", "晚餐"));
        // the sandbox's people are the event file's: a listed liaison is told a binding cannot change that
        c.put("/bind 湖南", Case.of("北京", "/bind 湖南", "您是活动配置中登记的北京市代表团联络员，不能再绑定为湖南省代表团联络员。"));
        c.put("绑定 湖南", Case.of("北京", "绑定 湖南", "您是活动配置中登记的北京市代表团联络员，不能再绑定为湖南省代表团联络员。"));
        // Issues #1 to #3, reported by Hunan's liaison.
        List<String> issues = List.of(":as 湖南", "301房间没有热水", "302房间没有热水", "303房间没有热水", ":as 协调员");
        c.put("/issues", Case.after(issues, "/issues", "待处理问题（3个）", "301房间没有热水"));
        c.put("问题清单", Case.of("协调员", "问题清单", "待处理问题（3个）"));
        c.put("待处理问题", Case.of("协调员", "待处理问题", "待处理问题（3个）"));
        c.put("/ack 12", Case.of("协调员", "/ack 1", "问题#1已由田卫东受理"));
        c.put("受理 12", Case.of("协调员", "受理 2", "问题#2已由田卫东受理"));
        c.put("/done 12 已更换房间", Case.of("协调员", "/done 1 已更换房间", "问题#1已解决：已更换房间"));
        c.put("办结 12 已更换房间", Case.of("协调员", "办结 3 已更换房间", "问题#3已解决：已更换房间"));
        c.put("12号问题收到 在处理", Case.of("协调员", "2号问题收到 在处理", "问题#2已由田卫东受理"));
        c.put("问题12已安排…", Case.of("协调员", "问题2已安排维修工", "正在处理：已安排维修工"));
        c.put("12号问题已办结，已更换房间", Case.of("协调员", "2号问题已办结，已更换房间", "问题#2已解决：已更换房间"));
        List<String> fourth = List.of(":as 湖南", "304房间没有热水", ":as 协调员");
        c.put("#12 处理好了", Case.after(fourth, "#4 处理好了", "问题#4已解决"));
        List<String> more = List.of(":as 湖南", "305房间没有热水", "306房间没有热水", "307房间没有热水", ":as 协调员");
        c.put("受理12号问题", Case.after(more, "受理5号问题", "问题#5已由田卫东受理"));
        c.put("2号问题收到 已派医生过去了", Case.of("协调员", "6号问题收到 已派维修工过去了", "问题#6已由田卫东受理", "已派维修工过去了"));
        c.put("1号问题已通知酒店…", Case.of("协调员", "7号问题已通知酒店", "问题#7已由田卫东受理", "已通知酒店"));
        // Issues #8 to #10, then #9 and #10 merged into #8 (by command and in words).
        List<String> same = List.of(":as 湖南", "308房间没有热水", "309房间没有热水", "310房间没有热水", ":as 协调员");
        c.put("/merge 15 7", Case.after(same, "/merge 9 8", "问题#9与#8是同一件事，已并入问题#8并关闭"));
        c.put("15号问题和7号是一个事", Case.of("协调员", "10号问题和8号是一个事", "问题#10与#8是同一件事，已并入问题#8并关闭"));
        c.put("3号跟5号问题重复了 合并一下", Case.of("协调员", "8号跟10号问题重复了 合并一下", "问题#10已是“已解决”状态"));
        String actual = "九院宾馆自助餐厅 实到412人";
        c.put("/actual 九院 午餐 412", Case.of("协调员", "/actual 九院 午餐 412 昨天", "已登记", actual));
        c.put("实到 九院 午餐 412", Case.of("协调员", "实到 九院 午餐 412 昨天", "已登记", actual));
        String range = "/export " + JarSandbox.md(TODAY.minusDays(1)) + " " + JarSandbox.md(TODAY);
        c.put(
                "/export 11-20 11-25",
                Case.of("协调员", range, "报表已生成：" + JarSandbox.day(TODAY.minusDays(1)) + "至" + TODAY_, "文件已保存："));
        c.put("导出", Case.of("协调员", "导出", "报表已生成：" + TODAY_ + "至" + TODAY_));
        c.put("导出报表", Case.of("协调员", "导出报表", "报表已生成：" + TODAY_ + "至" + TODAY_));
        c.put("把今天的报表导一下", Case.of("协调员", "把今天的报表导一下", "报表已生成：" + TODAY_ + "至" + TODAY_));
        c.put(
                "/remind 明天07:30 各代表团带好参赛证",
                Case.of("协调员", "/remind 明天07:30 各代表团带好参赛证", "已设置提醒1：", "07:30", "各代表团带好参赛证"));
        c.put("设置提醒 明天07:30 …", Case.of("协调员", "设置提醒 明天08:00 各代表团出发", "已设置提醒2：", "08:00"));
        c.put("/reminders", Case.of("协调员", "/reminders", "待发提醒（共2条）", "1. ", "各代表团带好参赛证", "2. "));
        c.put("提醒列表", Case.of("协调员", "提醒列表", "待发提醒（共2条）"));
        c.put("/unremind 3", Case.of("协调员", "/unremind 1", "已删除提醒1"));
        c.put("删除提醒 3", Case.of("协调员", "删除提醒 2", "已删除提醒2"));
        for (String help : List.of("/help", "帮助", "使用说明", "菜单"))
            c.put(help, Case.of("协调员", help, "接待保障助手 使用说明", "/remind"));
        return c;
    }

    /** The site-visit forms, typed on the conference sample (today is its visit day). */
    private static Map<String, Case> conferenceCases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("/visits 北海线", Case.of("协调员", "/visits 北海线", "考察名单\n", "【北海线】", "3号车 桂A·H3103", "清点："));
        c.put("考察名单", Case.of("协调员", "考察名单", "【百色线】", "【北海线】", "【柳州线】"));
        c.put("北海线名单", Case.of("北京", "北海线名单", "【北海线】", "人数：86人"));
        c.put("北海线实到多少", Case.of("协调员", "北海线实到多少", "【北海线】", "清点："));
        c.put("北海线清点", Case.of("协调员", "北海线清点", "【北海线】", "清点："));
        return c;
    }

    /** Forms that are not in the help but must not go unanswered (issue 14.6). */
    private static Map<String, Case> dateCases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("导出 昨天", Case.of("协调员", "导出 昨天", "报表已生成：" + JarSandbox.day(TODAY.minusDays(1))));
        c.put("导出报表 日期", Case.of("协调员", "导出报表 " + JarSandbox.md(TODAY), "报表已生成：" + TODAY_));
        c.put(
                "/export 反向",
                Case.of(
                        "协调员",
                        "/export " + JarSandbox.md(TODAY) + " " + JarSandbox.md(TODAY.minusDays(1)),
                        "报表已生成：" + JarSandbox.day(TODAY.minusDays(1)) + "至" + TODAY_));
        c.put("/export 11-31", Case.of("协调员", "/export 11-31", "没有11月31日。"));
        c.put("/moves 2-30", Case.of("协调员", "/moves 2-30", "没有2月30日。"));
        c.put("/visits 无考察", Case.of("协调员", "/visits", "本次活动没有安排考察线路。"));
        return c;
    }

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void everyFormTheHelpAndTheReadmeListHasACase() throws IOException {
        Set<String> listed = new LinkedHashSet<>();
        for (Help.Entry e : Help.ENTRIES) {
            listed.add(e.command());
            listed.addAll(e.words());
        }
        listed.addAll(readmeWords());

        Set<String> covered = new LinkedHashSet<>(cases().keySet());
        covered.addAll(conferenceCases().keySet());
        assertThat(covered).as("cases for every form /help and the README list").containsAll(listed);
    }

    @Test
    void everyFormAnswersWhatItIsForOnTodaysDate() throws Exception {
        Map<String, Case> all = new LinkedHashMap<>(cases());
        all.putAll(dateCases());
        SoftAssertions soft = new SoftAssertions();

        typeAll(all, "games", List.of(), soft);
        typeAll(conferenceCases(), "conference", JarSandbox.CONFERENCE, soft);

        soft.assertAll();
    }

    /** Types every case in one session, in a directory of its own, on the sample the settings choose. */
    private void typeAll(Map<String, Case> cases, String dir, List<String> settings, SoftAssertions soft)
            throws Exception {
        List<String> lines = new ArrayList<>(List.of(":time 08:00"));
        Map<String, Integer> at = new LinkedHashMap<>();
        cases.forEach((form, c) -> {
            lines.addAll(c.lines());
            at.put(form, lines.size() - 1);
        });

        JarSandbox.Transcript t = sandbox.runIn(dir, lines, settings);

        cases.forEach((form, c) -> soft.assertThat(t.answer(at.get(form)))
                .as("“%s” (typed “%s”)", form, lines.get(at.get(form)))
                .contains(c.expected()));
    }

    /** The Chinese words of the README's command table (its second column). */
    private static List<String> readmeWords() throws IOException {
        List<String> words = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            if (line.startsWith("| command | Chinese words")) inTable = true;
            else if (inTable && !line.startsWith("|")) break;
            else if (inTable && !line.startsWith("| ---")) {
                String[] cells = line.split("\\|");
                for (String w : cells[2].split("、")) if (!w.isBlank()) words.add(w.strip());
            }
        }
        assertThat(words).as("the README's command table").isNotEmpty();
        return words;
    }
}
