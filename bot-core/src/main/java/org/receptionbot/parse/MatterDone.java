package org.receptionbot.parse;

/**
 * A matter a provider says is done (续住已经办好了, 三楼垃圾已经清了), arranged by its own service (调度派了备用车,
 * 清真灶单独开) or settled (请放心, 已确认): an answer to a request, no problem reported. One of the answers
 * {@link ProviderAnswers} reads.
 */
final class MatterDone {
    /** A matter done: 续住已经办好了, 清真菜已经补上了, 空调修好了; a mess cleared (三楼垃圾已经清了, 杂物清走了). */
    private static final String[] DONE = {
        "办好了",
        "已办好",
        "已经办好",
        "补上了",
        "已经补",
        "已补",
        "弄好了",
        "已经弄好",
        "换好了",
        "已经换好",
        "修好了",
        "已修好",
        "处理好了",
        "已处理",
        "已经清",
        "已清理",
        "清走了",
        "清掉了",
        "清理了",
        "清理好了",
        "清理完了",
        "清理干净",
        "打扫好了",
        "打扫完了",
        "打扫干净",
        "收拾好了",
        "收拾干净",
        // 江西的房间已经解决, 宁夏的房间调好了: the matter settled, or the rooms set right.
        "已经解决",
        "调好了",
        "已调好",
        "已经调好",
        "调整好了",
        "已对接",
        "已经对接",
        // 延迟退房已经给云南、湖北安排到明天下午2点: the provider's arrangement made for the delegations named.
        "已经给",
        "已给"
    };
    /**
     * The provider's own arrangement made, said by the verb of its service: a spare sent (调度派了备用车), a
     * separate stove or table opened for a diet (清真灶单独开, 单独开一桌, 清真的单独一锅), something opened or added (开好了,
     * 已经加了).
     */
    private static final String[] ARRANGED = {
        "派了备用", "单独开", "开好了", "已经加了", "加好了", "单独一锅", "单独一桌", "单独一区", "单独一灶", "单独一个灶", "单独一个锅", "单独一个窗口"
    };
    /** A request taken as settled: reassured (请放心) or confirmed (已确认). */
    private static final String[] SETTLED = {"请放心", "放心吧", "确认了", "已确认", "确认到", "确认好了", "确定到"};

    private MatterDone() {}

    /** Whether {@code c} says a matter done, arranged or settled, not asked whether it is (修好了吗, 办好了没). */
    static boolean said(Clause c) {
        return saidDone(c, DONE) || saidDone(c, ARRANGED) || saidDone(c, SETTLED);
    }

    private static boolean saidDone(Clause c, String[] words) {
        for (String w : words) {
            int at = c.text.indexOf(w, c.start);
            if (at < 0 || at + w.length() > c.end) continue;
            int after = at + w.length();
            // 修好了吗, 办好了没: asked whether it is done, it is not.
            if (after < c.end && "吗没么".indexOf(c.text.charAt(after)) >= 0) continue;
            // 没人清理了, 还没打扫干净: said not done.
            String before = c.text.substring(Math.max(c.start, at - 2), at);
            if (before.indexOf('没') >= 0 || before.indexOf('未') >= 0 || before.indexOf('不') >= 0) continue;
            return true;
        }
        return false;
    }
}
