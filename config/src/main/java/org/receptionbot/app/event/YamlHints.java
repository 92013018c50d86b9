package org.receptionbot.app.event;

import java.util.List;

/** Says in Chinese what a SnakeYAML problem usually means and how to fix it; the English stays beside. */
final class YamlHints {

    private record Hint(String english, String chinese) {}

    private static final List<Hint> HINTS = List.of(
            new Hint("\\t(TAB)", "不能用制表符（Tab）缩进，请改用空格"),
            new Hint("found duplicate key", "同一层里有重复的键，请删去或合并其中一个"),
            new Hint("mapping values are not allowed", "冒号用法有误：键后的冒号要跟一个空格，含冒号的值（如时间 \"10:00\"）请加引号"),
            new Hint("could not find expected ':'", "缺少冒号，或上一行的引号没有配对"),
            new Hint("expected <block end>", "缩进不一致：同一层的条目请对齐"),
            new Hint("found unexpected end of stream", "文件在引号或括号没有结束时就结束了"));

    private YamlHints() {}

    /** The Chinese explanation followed by the parser's own words, e.g. {@code 不能用制表符… / found character…}. */
    static String explain(String problem) {
        String english = problem == null ? "" : problem.strip();
        for (Hint hint : HINTS) {
            if (english.contains(hint.english())) return hint.chinese() + " / " + english;
        }
        return english;
    }
}
