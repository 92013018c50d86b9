package org.receptionbot.parse;

/**
 * Illnesses and injuries said that are no matter for anyone to act on, or whose kind is not the word they name: a
 * patient only pointed back at, people recovered, a fall nearly had; a fall or a cold caught, whose cause is part of
 * what is said.
 */
final class HealthMatters {
    private HealthMatters() {}

    /**
     * "就是发烧那个", "那个崴脚的队员明天走": an illness that only points at someone already reported
     * (said of a person: 发烧那个, or 那个…的 around it), asking nobody to act. Beside figures reported
     * ({@code besideFigures}), the care named with it says where that person is (骨折那个队员还在医院).
     */
    static boolean knownPatient(Clause c, boolean besideFigures) {
        int at = c.at(Cue.HEALTH);
        if (at < 0 || c.has(Cue.NEED) || c.has(Cue.REQUEST) || c.has(Cue.CARE) && !besideFigures) return false;
        String before = c.text.substring(Math.max(c.start, at - 4), at);
        boolean pointed =
                before.contains("那个") || before.contains("那位") || before.contains("就是") || before.contains("这个");
        int end = c.endOf(Cue.HEALTH);
        boolean named = c.text.startsWith("那个", end)
                || c.text.startsWith("那位", end)
                || c.text.startsWith("那两", end)
                || c.text.startsWith("那几", end)
                || c.text.startsWith("的那", end);
        return named || pointed && c.text.startsWith("的", end) || besideFigures && namedByIt(c, at, end);
    }

    /**
     * "崴脚的和两个陪的明天去医院复查", "发烧的那俩在医院": the clause opens with people named by their illness (崴脚的), who
     * were reported before; beside figures reported, why the figure is what it is.
     */
    private static boolean namedByIt(Clause c, int at, int end) {
        if (!c.text.startsWith("的", end)) return false;
        for (int i = c.start; i < at; i++) if ("那这个位就是 ".indexOf(c.text.charAt(i)) < 0) return false;
        return true;
    }

    /** Words pointing back at people reported before: 中午说的, 那俩, 那两个. */
    private static final String[] POINTED_BACK = {"说的", "说过的", "那俩", "那两个", "那几个", "那三个", "那些"};

    /** "就是中午说的去医院的那俩": the people of the clause are pointed back at, reported before. */
    static boolean pointedBack(Clause c) {
        String s = c.span();
        for (String w : POINTED_BACK) if (s.contains(w)) return true;
        return false;
    }

    private static final String[] RECOVERED = {
        "好了", "好多了", "康复", "痊愈", "出院", "都回来了", "已经回来", "回来了", "归队", "回队", "没事了", "恢复了"
    };
    private static final String[] NEAR = {"差点", "差一点", "险些", "差些"};

    /**
     * "发烧那个队员好了", "输液的7个都回来了", "住院那个归队了": after the illness or the care, the people are said recovered or
     * back; nobody needs help now.
     */
    static boolean recovered(Clause c) {
        int at = Math.max(c.at(Cue.HEALTH), c.at(Cue.CARE));
        if (at < 0 || c.has(Cue.NEED) || c.has(Cue.REQUEST)) return false;
        for (String w : RECOVERED) {
            int w0 = c.text.indexOf(w, at);
            if (w0 < 0 || w0 + w.length() > c.end) continue;
            // 好了吗, 回来了没: asked, not said.
            int after = w0 + w.length();
            if (after < c.end && "吗没么".indexOf(c.text.charAt(after)) >= 0) continue;
            // 还没回来了, 没有归队: not back yet.
            String before = c.text.substring(Math.max(at, w0 - 2), w0);
            if (before.indexOf('没') >= 0 || before.indexOf('未') >= 0) continue;
            return true;
        }
        return false;
    }

    /** "有个队员差点摔了": a fall nearly had, nobody hurt. */
    static boolean nearMiss(Clause c) {
        int at = c.at(Cue.HEALTH);
        if (at < 0) return false;
        String before = c.text.substring(Math.max(c.start, at - 3), at);
        for (String w : NEAR) if (before.contains(w)) return true;
        return false;
    }

    /** "滑倒了", "摔伤": a fall, whose cause (water on the stairs) is part of the injury said. */
    static boolean fall(Clause c) {
        return IssueMatters.has(c, "滑倒", "摔", "跌倒", "绊倒", "滑了一跤");
    }

    /** "冻感冒了", "冻病了", "着凉了": a cold caught, whose cause may be the room. */
    static boolean caughtCold(Clause c) {
        return IssueMatters.has(c, "冻", "着凉", "受凉", "冷感冒");
    }
}
