package org.receptionbot.app.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's one-page guide for the people in the group: every example in its tables, typed into the
 * packaged jar's sandbox as the person the table is for, gets the answer the table promises. An example
 * added to the guide without a case here fails the first test.
 */
class OnePageGuideIT {

    private static final Pattern EXAMPLE = Pattern.compile("`([^`]+)`");

    /** An example typed by {@code who} and what its answer must contain (and, if set, must not). */
    private record Case(String who, List<String> expected, String absent) {
        static Case of(String who, String... expected) {
            return new Case(who, List.of(expected), null);
        }

        Case without(String text) {
            return new Case(who, expected, text);
        }
    }

    /** The liaisons' and coordinators' examples on the sports sample, in the order they are typed. */
    private static Map<String, Case> games() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("今晚少5人", Case.of("湖南", "已记录：湖南省代表团", "晚餐 减少5人"));
        c.put("湖南中午30 晚上35", Case.of("湖南", "午餐 报餐30人", "晚餐 报餐35人"));
        c.put("明天三餐都不吃", Case.of("湖南", "早餐 取消全团", "晚餐 取消全团"));
        c.put("晚饭照常", Case.of("湖南", "晚餐 按原计划"));
        c.put("明天早饭打包8份", Case.of("湖南", "【餐饮】湖南省代表团：明天早饭打包8份").without("报餐"));
        c.put("给晚到的4个留饭", Case.of("湖南", "【餐饮】湖南省代表团：给晚到的4个留饭").without("抵达"));
        c.put("明天下午3点半乘G1234离开 共28人", Case.of("湖南", "15:30 离开 28人，G1234"));
        c.put("我们到酒店了 42人", Case.of("湖北", "已记录：湖北省代表团", "抵达 42人"));
        c.put("3号车实到32人", Case.of("湖南", "3号车 实到32人"));
        c.put("人齐了 出发", Case.of("湖南", "3号车 实到35人"));
        c.put("房间没有热水 1203房", Case.of("湖南", "【住宿】湖南省代表团：房间没有热水 1203房"));
        c.put("5号车打不着火", Case.of("湖南", "【车辆】", "5号车打不着火"));
        c.put("查看午餐", Case.of("协调员", "午餐 用餐人数", "合计："));
        c.put("明天早餐", Case.of("协调员", "早餐 用餐人数"));
        c.put("还有哪些没报", Case.of("协调员", "尚未报餐的代表团"));
        c.put("今日动态", Case.of("协调员", "抵离动态"));
        c.put("车辆清点", Case.of("协调员", "车辆清点", "3号车"));
        c.put("问题清单", Case.of("协调员", "待处理问题", "房间没有热水"));
        c.put("1号问题收到 已派医生", Case.of("协调员", "问题#1", "已由", "受理"));
        c.put("1号问题处理好了", Case.of("协调员", "问题#1", "已解决"));
        c.put("/remind 明天07:30 各代表团带好参赛证", Case.of("协调员", "已设置提醒1：", "07:30"));
        c.put("导出", Case.of("协调员", "报表已生成："));
        return c;
    }

    /** The site-visit examples, on the conference sample. */
    private static Map<String, Case> conference() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("北海线去5个", Case.of("湖南", "北海线"));
        c.put("李处改去柳州线", Case.of("北京", "柳州线"));
        c.put("考察名单", Case.of("协调员", "【百色线】", "【北海线】", "【柳州线】"));
        return c;
    }

    @RegisterExtension
    final JarSandbox sandbox = new JarSandbox();

    @Test
    void everyExampleOfTheGuideHasACase() throws IOException {
        List<String> covered = new ArrayList<>(games().keySet());
        covered.addAll(conference().keySet());
        assertThat(covered).as("cases for the guide's examples").containsAll(guideExamples());
    }

    @Test
    void everyExampleGetsTheAnswerTheGuidePromises() throws Exception {
        SoftAssertions soft = new SoftAssertions();
        typeAll(games(), "games", List.of(), soft);
        typeAll(conference(), "conference", JarSandbox.CONFERENCE, soft);
        soft.assertAll();
    }

    private void typeAll(Map<String, Case> cases, String dir, List<String> settings, SoftAssertions soft)
            throws Exception {
        List<String> lines = new ArrayList<>(List.of(":time 08:00"));
        Map<String, Integer> at = new LinkedHashMap<>();
        cases.forEach((example, c) -> {
            lines.add(":as " + c.who());
            lines.add(example);
            at.put(example, lines.size() - 1);
        });

        JarSandbox.Transcript t = sandbox.runIn(dir, lines, settings);

        cases.forEach((example, c) -> {
            String answer = t.answer(at.get(example));
            for (String e : c.expected())
                soft.assertThat(answer).as("“%s”", example).contains(e);
            if (c.absent() != null) soft.assertThat(answer).as("“%s”", example).doesNotContain(c.absent());
        });
    }

    /** The examples in the first column of the tables of the README's one-page guide. */
    private static List<String> guideExamples() throws IOException {
        List<String> examples = new ArrayList<>();
        boolean inGuide = false;
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            if (line.startsWith("## ")) inGuide = line.startsWith("## In the group");
            else if (inGuide && line.startsWith("| `")) {
                Matcher m = EXAMPLE.matcher(line.split("\\|")[1]);
                while (m.find()) examples.add(m.group(1));
            }
        }
        assertThat(examples).as("the README's one-page guide").isNotEmpty();
        return examples;
    }
}
