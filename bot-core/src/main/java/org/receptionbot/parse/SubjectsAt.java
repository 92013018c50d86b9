package org.receptionbot.parse;

import java.util.List;

/**
 * What a statement opening at a position is about, for {@link SpaceBreaks} and {@link SpaceOpenings}: a subject (a
 * meal, a delegation, a part of the day, a vehicle), a route's figure now, people pointed at.
 */
final class SubjectsAt {
    /** Most characters of what is said of the people before 的那 (走的那, 先回去的那). */
    private static final int POINTED_SAID = 4;
    /** Pronouns of people said before. */
    private static final String[] THEY = {"他们", "她们"};
    /** Words that say a figure is the one now (现在4个, 一共12个, 还剩2个). */
    private static final String[] NOW = {"现在", "目前", "一共", "总共", "还剩"};

    private SubjectsAt() {}

    /** A subject a statement is about: a meal, a delegation, a part of the day, a vehicle ("1号车30人 2号车28人"). */
    static boolean names(Mention m) {
        return m instanceof Mention.Meals
                || m instanceof Mention.Team
                || m instanceof Mention.Part
                || m instanceof Mention.Vehicle;
    }

    /** Past a route named at {@code at} (北海线现在4个), or {@code at}. */
    static int afterRoute(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Route && m.start() == at) return m.end();
        return at;
    }

    /** 现在, 目前, 一共 or 还剩 right before a figure at {@code at}. */
    static boolean nowFigure(String text, int at) {
        for (String w : NOW) {
            if (!text.startsWith(w, at) || at + w.length() >= text.length()) continue;
            // 现在还剩2个
            if (text.startsWith("还剩", at + w.length())) return nowFigure(text, at + w.length());
            char next = text.charAt(at + w.length());
            return Character.isDigit(next) || "一二两三四五六七八九十".indexOf(next) >= 0;
        }
        return false;
    }

    /**
     * People pointed at from {@code at}: 那/这 and a figure of people (那5个人, 这两位, 那几个), maybe after a few
     * characters ending in 的 (走的那20个), or 他们.
     */
    static boolean pointedGroup(String text, int at) {
        for (String w : THEY) if (text.startsWith(w, at)) return true;
        int p = at;
        while (p < text.length()
                && p - at <= POINTED_SAID
                && Normalizer.isHan(text.charAt(p))
                && "那这".indexOf(text.charAt(p)) < 0) p++;
        if (p > at && (p - at < 2 || text.charAt(p - 1) != '的')) return false;
        if (p >= text.length() || "那这".indexOf(text.charAt(p)) < 0) return false;
        int q = p + 1;
        while (q < text.length()
                && (Character.isDigit(text.charAt(q)) || FigureMentions.isCn(text.charAt(q)) || text.charAt(q) == '几'))
            q++;
        return q > p + 1 && q < text.length() && "个位名人".indexOf(text.charAt(q)) >= 0;
    }
}
