package org.receptionbot.parse;

/** What carries no statement in a clause: particles, pronouns, units, words of speech, emoji. */
final class Filler {
    /** Particles, pronouns and units; OK is assent ("晚上ok 照常"), 同样 is "also" ("晚上同样三十"). */
    static final String CHARS = "OK同样的了有共都各和及与也还就是我们团队人位名个全部一起家数 ,:：、嗯哈啊呀哦噢吧呢啦喂呃额（）()";

    /** Words of speech that carry nothing ("早上的话就是四十个人", "那个 吉林的 午饭", "明早广西五十二 然后那个", "云南这边中午30个"). */
    private static final String[] WORDS = {"的话", "那个", "这个", "这样", "应该", "然后", "那啥", "就这些", "这边"};

    /** The registration desk, telling who came ("报到处这边 天津4位 大连3位都报到了"). */
    private static final String[] DESKS = {"报到处", "报到台", "报到组"};

    /**
     * Words that settle the figure after them ("中午确定31人", "明早最终28人", "晚饭定了35个", "中午实际33"); after 不/没/再/未/待
     * they leave it open (不确定, 再确认) and cover nothing.
     */
    private static final String[] SETTLED = {"确定", "确认", "最终", "最后", "定了", "敲定", "实际"};

    /** What before a settling word leaves the figure open. */
    private static final String OPEN = "不没再未待还";

    private Filler() {}

    /** The characters of the clause that mentions and filler words take. */
    static boolean[] covered(Clause c) {
        boolean[] covered = new boolean[c.end - c.start];
        for (Mention m : c.mentions) for (int i = m.start(); i < m.end(); i++) covered[i - c.start] = true;
        // 中午在土家山寨吃 四十八: the event's own place of the meal says nothing besides the meal.
        for (int i = c.at(Cue.HERE); i >= 0 && i < c.endOf(Cue.HERE); i++) covered[i - c.start] = true;
        // 中午九院自助34个, 土家山寨 50个: the event's own place named by itself (中午是土家山寨 says where, 云上民宿：
        // is who speaks).
        if (c.has(Cue.PLACE_OURS) && !c.has(Cue.CANCEL)) c.cues.cover(Cue.PLACE_OURS, covered, "是", "：:");
        // 中午只有两个人在: 在 closing the clause after a figure of people says they are there, nothing besides.
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.unit() && present(c, n.end())) covered[n.end() - c.start] = true;
        // 报到处这边 天津4位, 报到处：甘肃4人: the registration desk opening the clause is who speaks.
        for (String w : DESKS)
            if (c.text.startsWith(w, c.start)) for (int i = 0; i < w.length(); i++) covered[i] = true;
        for (String w : WORDS) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                for (int i = at; i < at + w.length(); i++) covered[i - c.start] = true;
            }
        }
        for (String w : SETTLED) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                if (at > 0 && OPEN.indexOf(c.text.charAt(at - 1)) >= 0) continue;
                for (int i = at; i < at + w.length(); i++) covered[i - c.start] = true;
            }
        }
        return covered;
    }

    /**
     * How many characters of the clause are left once mentions, filler and its characters within [{@code skipFrom},
     * {@code skipTo}) are taken out; emoji and signs are not counted.
     */
    static int leftOver(Clause c, int skipFrom, int skipTo) {
        boolean[] covered = covered(c);
        for (int i = Math.max(skipFrom, c.start); i < skipTo; i++) covered[i - c.start] = true;
        int left = 0;
        for (int i = c.start; i < c.end; i++) {
            char ch = c.text.charAt(i);
            if (!covered[i - c.start] && CHARS.indexOf(ch) < 0 && !Character.isSurrogate(ch) && !symbol(ch)) left++;
        }
        return left;
    }

    /** How many characters of the clause are left once mentions, filler and the characters {@code more} are out. */
    static int leftOverWith(Clause c, String more) {
        boolean[] covered = covered(c);
        int left = 0;
        for (int i = c.start; i < c.end; i++) {
            char ch = c.text.charAt(i);
            if (!covered[i - c.start] && CHARS.indexOf(ch) < 0 && more.indexOf(ch) < 0 && !Character.isSurrogate(ch))
                left++;
        }
        return left;
    }

    /** 在 at {@code at}, with nothing but particles after it in the clause. */
    private static boolean present(Clause c, int at) {
        if (at >= c.end || c.text.charAt(at) != '在') return false;
        for (int i = at + 1; i < c.end; i++) if (PARTICLES.indexOf(c.text.charAt(i)) < 0) return false;
        return true;
    }

    /** Particles that may close a clause after 在 (两个人在呢, 都在了). */
    private static final String PARTICLES = "了呢啊呀哈吧 ";

    /** Emoji and signs carry no statement (👌, ✓, ☺). */
    static boolean symbol(char ch) {
        int type = Character.getType(ch);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || ch == '\uFE0F';
    }
}
