package org.receptionbot.parse;

import java.util.regex.Pattern;
import org.receptionbot.record.Issue;

/**
 * "洗澡水还是冷的", "空调仍然不制冷", "车又没来", "那两个还在医院输液": a problem said as still or again so follows up the one
 * reported before; "另外空调也坏了", "还有一个房间没热水": another problem besides it. Someone pointed back at by the
 * illness reported before ("河南那个不舒服的同志量了体温38度2 要不要去医院", "发烧的那位还是没退") is that patient's
 * matter followed up, however long ago it was reported; so is a problem chased ("房间好了没有啊 等了两个多小时了") or said as
 * reported before ("房间空调坏了 昨天已经报过了").
 */
final class IssueFollowUps {
    /** Still or again so. */
    private static final String[] STILL = {"还是", "仍然", "仍旧", "依旧", "依然", "还没", "还在", "仍在", "又", "一直", "到现在"};
    /**
     * A chase or a problem said as reported before: 好了没有, 怎么还, 到底, 催一下, 等了两个多小时了, 昨天已经报过了. Said of a
     * problem, it is the one reported before, not a second.
     */
    private static final String[] CHASED = {
        "好了没", "好没好", "怎么还", "到底", "催一下", "再催", "催了", "等了", "已经报过", "之前报过", "早就报了", "报过了", "反映过了", "已经反映过", "之前反映过",
        "说过了"
    };
    /** Another matter besides. */
    private static final String[] BESIDES = {"另外", "还有", "另一", "也"};

    private static final String ILLNESS =
            "(?:身体)?不舒服|发烧|发热|高烧|感冒|咳嗽|拉肚子|腹泻|呕吐|受伤|崴脚|崴了脚|扭伤|摔伤|骨折|头疼|头痛" + "|肚子疼|胃疼|中暑|晕车|生病|病了";
    /** 那个不舒服的同志, 那位发烧的, 发烧的那个, 崴脚那位: a patient pointed back at (every match holds 那). */
    private static final Pattern PATIENT =
            Pattern.compile("(?:那个|那位|那两个|那俩|那几个)(?:" + ILLNESS + ")的|(?:" + ILLNESS + ")(?:的)?(?:那个|那位|那两个|那俩|那几个)");

    private IssueFollowUps() {}

    /** How the statement ties to a problem reported before; still wins over besides (也还是冷的). */
    static Issue.Said said(String statement) {
        if (any(statement, STILL)
                || any(statement, CHASED)
                || statement.indexOf('那') >= 0 && PATIENT.matcher(statement).find()) return Issue.Said.STILL;
        return any(statement, BESIDES) ? Issue.Said.BESIDES : Issue.Said.PLAIN;
    }

    private static boolean any(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
