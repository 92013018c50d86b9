package org.receptionbot.parse;

import java.util.List;

/**
 * What a service provider or a coordinator answers about a matter rather than reports as a problem: the
 * request received (收到宁夏的要求, 宁夏收到), done (续住已经办好了, 清真菜已经补上了, 调度派了备用车), granted
 * (可以延迟到下午1点退房, 延时退房到下午6点可以), reassured (请放心), told to everyone (麻烦各位带队按时来,
 * 大家出门慢点), or asked back as an offer or for a figure (需要延时退房吗？, 需要几台车送站). Such a message
 * from no delegation's liaison gives no ISSUE: the matter is the provider's to handle, and is being handled.
 */
final class ProviderAnswers {
    private static final String[] EVERYONE = {
        "麻烦各位",
        "请各位",
        "各位带队",
        "各位领队",
        "大家出门",
        "大家注意",
        "请大家",
        "提醒大家",
        "大家小心",
        "大家慢点",
        // 打包的团麻烦都说一声 我们好准备餐盒: every delegation it concerns asked to say so.
        "都说一声",
        "都报一下",
        "都报一声",
        "都告诉一声",
        "都报给"
    };
    /** A member of staff speaking for a service: 厨房问下…, 前台问一下…. */
    private static final String[] STAFF_SIDES = {"厨房", "后厨", "餐厅", "前台", "酒店", "宾馆", "民宿", "车队", "会务组", "组委会"};

    private static final String[] STAFF_ASKS = {"问下", "问一下", "想问", "请问", "问问"};
    /** 需要的队伍报给小陈, 需要送站的代表团联系交通组: whoever needs a service, told whom to tell. */
    private static final java.util.regex.Pattern NEEDERS_TOLD = java.util.regex.Pattern.compile(
            "需要[^，。,；;！!？?\\s]{0,10}的(?:队伍|队|团|代表团|同志|人|老师)?[，, ]?(?:请|报给|报到|联系|找|告诉|跟)");
    /** What after 可以 makes it a question, not a yes (可以吗, 可以不, 可不可以). */
    private static final String NOT_YES = "吗不么嘛";
    /** Words of a change granted right after 可以 (可以延迟到, 可以晚点退房). */
    private static final String[] LATER = {"延", "推迟", "晚", "提前", "续住", "多住"};
    /** How far into the message 收到 may come to open it (土家山寨餐厅：收到, 宁夏收到). */
    private static final int OPENING = 9;

    private ProviderAnswers() {}

    /** Whether a message from no delegation's liaison answers a matter rather than reports one. */
    static boolean said(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null) return false;
        String text = reading.original();
        if (opensWithReceipt(text)
                || addressedByNeed(text)
                || driverWaits(clauses, text)
                || staffAsks(text)
                || StaffAnswers.said(text)
                || LodgingReplies.said(text)) return true;
        for (String w : EVERYONE) if (text.contains(w)) return true;
        // 1208房下水道堵了，请问是哪个代表团的？: a problem reported, then who it belongs to asked.
        boolean problemSaid = false;
        for (Clause c : clauses) problemSaid |= problem(c);
        for (Clause c : clauses) {
            if (c.question) {
                if (offers(c, problemSaid)) return true;
                continue;
            }
            if (MatterDone.said(c) || RoomsSettled.said(c) || granted(c) || IssueMatters.has(c, "需要几")) return true;
        }
        return false;
    }

    /** "收到，…", "宁夏收到", "土家山寨餐厅：收到宁夏的要求": the message opens by acknowledging. */
    private static boolean opensWithReceipt(String text) {
        int at = text.indexOf("收到");
        if (at < 0 || at > OPENING) return false;
        String before = text.substring(0, at);
        return !before.contains("没") && !before.contains("未") && !before.contains("还") && !before.contains("不");
    }

    /**
     * 需要延时退房吗？, 要不要派车？: a service offered, asked back; 请问赛场盒饭谁负责订？: who handles a
     * service, asked in a message that says no problem.
     */
    private static boolean offers(Clause c, boolean problemSaid) {
        String words = c.span();
        if (words.contains("要不要") || words.contains("需不需要")) return true;
        if (!words.startsWith("请问")) return false;
        return words.contains("需要") || !problemSaid;
    }

    /**
     * A problem said in the clause (下水道堵了有味道, 发烧, 联系不上), someone ill right now (发烧了) or the general
     * problem word among them; a loss or complaint is not read here.
     */
    private static final CueGroups.Group PROBLEM =
            CueGroups.PROBLEM_SAID.with(Cue.PROBLEM, Cue.ILL).without(Cue.OTHER_PROBLEM);

    private static boolean problem(Clause c) {
        return PROBLEM.in(c);
    }

    /** "厨房问下 打包早餐…有没有清真的要单独装的": staff opening with a question of their own to the delegations. */
    private static boolean staffAsks(String text) {
        for (String side : STAFF_SIDES) {
            if (!text.startsWith(side)) continue;
            String rest = text.substring(side.length()).stripLeading();
            if (rest.startsWith(":") || rest.startsWith("："))
                rest = rest.substring(1).stripLeading();
            for (String ask : STAFF_ASKS) if (rest.startsWith(ask)) return true;
        }
        return false;
    }

    /** "明天返程需要送站的，请今晚10点前…报给交通组": whoever needs a service, told what to do. */
    private static boolean addressedByNeed(String text) {
        int need = text.indexOf("需要");
        if (need < 0) return false;
        if (NEEDERS_TOLD.matcher(text).find()) return true;
        return text.indexOf("的，请", need) > 0 || text.indexOf("的,请", need) > 0 || text.indexOf("的请", need) > 0;
    }

    /** "4号车在体育馆门口，贵州的比完了没有？我等了一个钟头了": a driver at the bus's place, waiting for its riders. */
    private static boolean driverWaits(List<Clause> clauses, String text) {
        if (clauses.isEmpty() || !(text.contains("我等") || text.contains("我在"))) return false;
        Clause first = clauses.get(0);
        for (Mention m : first.mentions) {
            if (!(m instanceof Mention.Vehicle v)) continue;
            return v.start() <= first.start + 1 && first.text.startsWith("在", v.end());
        }
        return false;
    }

    /** "可以延迟到下午1点退房", "到下午6点可以": a yes to a request. */
    private static boolean granted(Clause c) {
        for (int at = c.text.indexOf("可以", c.start); at >= 0 && at + 2 <= c.end; at = c.text.indexOf("可以", at + 1)) {
            if (at > c.start && c.text.charAt(at - 1) == '不') continue;
            int after = at + 2;
            if (after < c.end && NOT_YES.indexOf(c.text.charAt(after)) >= 0) continue;
            String rest = c.text.substring(after, c.end).strip();
            if (onlyMarks(rest)) return true;
            for (String w : LATER) if (rest.startsWith(w)) return true;
        }
        return false;
    }

    private static boolean onlyMarks(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char ch = rest.charAt(i);
            if (Character.isLetterOrDigit(ch) && "的啊哈呀".indexOf(ch) < 0) return false;
        }
        return true;
    }
}
