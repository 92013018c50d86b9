package org.receptionbot.ledger;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A word that a problem is fixed ("热水好了谢谢", "空调修好了", "已经解决了", "没问题了", "现在可以了", "行李找到了"), said as a
 * follow-up of an issue: it does not resolve the issue (only coordinators resolve it); the boards show the issue as
 * reported fixed, awaiting a coordinator's closing ({@link IssueTicket#saidFixed()}).
 */
public final class FixedSaid {
    /** Words saying the problem is fixed now. */
    private static final List<String> FIXED = List.of("好了", "修好了", "解决了", "没问题了", "可以了", "正常了", "搞定了", "恢复了", "找到了");
    /** Before a word of it, what makes it a question or a denial (还没好了吗, 不好了). */
    private static final Pattern DENIED = Pattern.compile("(?:不|没|没有|还没)(?:好|修好|解决|可以|正常|搞定|恢复|找到)了|[吗么？?]");

    private FixedSaid() {}

    /** Whether {@code text} says the problem is fixed, neither denied nor asked. */
    public static boolean said(String text) {
        if (text == null || DENIED.matcher(text).find()) return false;
        for (String w : FIXED) if (text.contains(w)) return true;
        return false;
    }

    /** The latest of {@code followUps} when it says the problem is fixed; else null. */
    static IssueTicket.FollowUp latest(List<IssueTicket.FollowUp> followUps) {
        if (followUps.isEmpty()) return null;
        IssueTicket.FollowUp last = followUps.get(followUps.size() - 1);
        return said(last.issue().text()) ? last : null;
    }

    /** Who said {@code fixed}, in words: "报告人" when the one who {@code reported} the issue, else their name. */
    static String byWhom(IssueTicket.FollowUp fixed, Source reported) {
        return fixed.source().senderId().equals(reported.senderId())
                ? "报告人"
                : fixed.source().senderName();
    }

    /** The words after a follow-up that says so, telling how issue {@code number} is closed. */
    public static String howToClose(int number) {
        return "（已转协调组；报告人称已解决，协调组回复“" + number + "号问题处理好了”即关闭）";
    }
}
