package org.receptionbot.parse;

/**
 * "北海陈科：有位代表的保温杯落在我们会议室了 请帮忙问问是谁的", "有人把手机落在餐桌上了 放收银台了 请失主来领",
 * "甘肃老师有一个蓝色保温杯落在408房间了，我们先放前台": whoever found a thing left behind keeps it and asks whose it
 * is. Nothing is lost to them: no one's problem to act on, only news for the owner.
 */
final class FoundThings {
    /** Words of a thing left behind (落在, 忘在), as against lost or stolen (丢了, 被偷). */
    private static final String[] LEFT = {"落在", "落下", "忘在", "丢在", "落车上", "忘车上", "落大巴", "忘大巴", "掉"};
    /** What the finder says: whose it is, asked; the owner asked to fetch it; the thing kept. */
    private static final String[] FINDER = {
        "谁的", "失主", "认领", "来领", "先放", "放前台", "放在前台", "放收银台", "放在收银台", "先收着", "帮忙收着", "在我这", "在我们这", "保管"
    };

    private FoundThings() {}

    /** Whether the clause's thing left behind is one the message says was found and kept. */
    static boolean kept(Clause c, String message) {
        int at = c.at(Cue.OTHER_PROBLEM);
        if (at < 0) return false;
        boolean left = false;
        for (String w : LEFT) left |= c.text.startsWith(w, at);
        if (!left) return false;
        for (String w : FINDER) if (message.contains(w)) return true;
        return false;
    }
}
