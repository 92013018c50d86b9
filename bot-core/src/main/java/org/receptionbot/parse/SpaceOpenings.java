package org.receptionbot.parse;

import java.util.List;

/** What the words right after a space open, for {@link SpaceBreaks}: a subject, a further group, a turn, an aside. */
final class SpaceOpenings {
    /** Verbs of riding or moving said right after a day (明天坐, 明天乘, 明天走). */
    private static final String RIDES = "坐乘搭走返出";

    private SpaceOpenings() {}

    /**
     * Whether what follows the space at {@code at} opens a statement of its own: people said with 有/还有 (after an
     * afterthought, or when {@code reportDone}: the stretch before was a movement or a meal with its figure), a subject
     * right after the space, a day with its subject or a cancel word (or, after a meal's figure, a ride), or a cancel word before a meal.
     */
    static boolean statementAfter(
            String text, int at, List<Mention> mentions, List<CueTable.Hit> hits, boolean reportDone) {
        if (reportDone && peopleSaid(text, at + 1, mentions)) return true;
        // 早饭33 我们10点15的飞机 MU2570, 晚饭38 坐8点的车走: after a meal's figure, a ride at its time opens its own statement.
        if (reportDone && figureEndsAt(text, at, mentions) && rideAt(text, at + 1, mentions, hits)) return true;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() <= at) continue;
            // 29号上午9点走 有10个人28号晚上先走: people said with 有 open a statement of their own.
            // 到了30个 还有3个明天坐G1282到: so do people said with 还有/另有 after a movement, a further group;
            // 贵州中午45个 还有5个去医院陪…: and after a meal's figure (the meal's report is complete).
            if (m instanceof Mention.Count n
                    && n.unit()
                    && opensGroup(text, at + 1, n.start())
                    && (n.start() == pastAfterthought(text, at + 1, n.start()) + 1 || reportDone)) return true;
            // 晚饭48 不要宵夜: a cancel word right before a meal opens a statement about that meal; so does a packing
            // word (明天早上6点走 打包早餐, 全部撤 带早餐走).
            if (m.start() != at + 1)
                return m instanceof Mention.Meals
                        && (cancels(at + 1, m.start(), hits) || MealTakenAlong.packs(text, at + 1, m.start()));
            if (names(m)) return true;
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            // 今晚宵夜41个: 今晚 is a day and a part of the day over the same characters.
            if (m instanceof Mention.Day && next != null && next.start() == m.start() && names(next)) return true;
            // 今晚宵夜12份 明天不要宵夜了 / 明天不吃晚饭: another day with a cancel word right after it opens its own statement.
            if (m instanceof Mention.Day && cancels(m.end(), -1, hits)) return true;
            // 今晚39 明天坐中午12点的车走: after a meal's figure, another day with a ride or a movement opens its own statement.
            if (reportDone
                    && figureEndsAt(text, at, mentions)
                    && m instanceof Mention.Day
                    && m.end() < text.length()
                    && RIDES.indexOf(text.charAt(m.end())) >= 0) return true;
            return m instanceof Mention.Day && next != null && next.start() == m.end() && names(next);
        }
        return false;
    }

    /** Words that may open a ride before its time (我们坐, 我们是). */
    private static final String[] RIDE_LEADS = {"我们是", "我们坐", "我们乘", "我们", "坐", "乘", "是"};

    /** Words of a ride right after its time (10点15的飞机, 8点的车). */
    private static final String[] RIDE_WORDS = {"的飞机", "的航班", "的班机", "的车", "的高铁", "的动车", "的火车", "的大巴"};

    /** "我们10点15的飞机", "坐8点的车", "9点走": a clock time at {@code at}, maybe after a lead, then a ride or a departure. */
    private static boolean rideAt(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int p = at;
        for (String w : RIDE_LEADS)
            if (text.startsWith(w, p)) {
                p += w.length();
                break;
            }
        for (Mention m : mentions) {
            if (m.start() != p || !(m instanceof Mention.Clock)) continue;
            for (String w : RIDE_WORDS) if (text.startsWith(w, m.end())) return true;
            for (CueTable.Hit h : hits) if (h.cue() == Cue.DEPART && h.start() == m.end()) return true;
        }
        return false;
    }

    /** A figure of people ends right before the space at {@code at} (39, 39个, 39人). */
    private static boolean figureEndsAt(String text, int at, List<Mention> mentions) {
        int end = at;
        while (end > 0 && "人个份位".indexOf(text.charAt(end - 1)) >= 0) end--;
        for (Mention m : mentions) if (m instanceof Mention.Count && m.end() >= end && m.end() <= at) return true;
        return false;
    }

    /**
     * "明天有8个人下午先走", "今天下午有3个去医院", "有个小孩发烧了": people said with 有 (maybe after their day and part of
     * the day), as a figure or as 有个/有位 and one person, at {@code at}. 有个别 (some) is no person.
     */
    private static boolean peopleSaid(String text, int at, List<Mention> mentions) {
        int p = at;
        for (Mention m : mentions) {
            if (m.start() < p) continue;
            if (m.start() > p) break;
            if (m instanceof Mention.Day || m instanceof Mention.Part) p = m.end();
        }
        if (text.startsWith("还有", p)) p += 2;
        else if (text.startsWith("有", p)) p += 1;
        else return false;
        if ((text.startsWith("个", p) && !text.startsWith("个别", p)) || text.startsWith("位", p)) return true;
        for (Mention m : mentions) if (m.start() == p) return m instanceof Mention.Count n && n.unit();
        return false;
    }

    /** A meal (or a part of the day that names one) with its figure said last before the space at {@code at}. */
    static boolean mealFigureLast(String text, int from, int at, List<Mention> mentions) {
        return mealFigureLast(text, from, at, mentions, null);
    }

    /**
     * As {@link #mealFigureLast(String, int, int, List)}, the figure maybe followed by characters of {@code tail}
     * and emoji ("22个人吃哈😂"); {@code null}: by spaces only.
     */
    static boolean mealFigureLast(String text, int from, int at, List<Mention> mentions, String tail) {
        return mealSaidLast(text, from, at, mentions, tail, Mention.Count.class);
    }

    /** A meal (or a part of the day) with an estimate said last before the space at {@code at}: "中午二十来个 ". */
    static boolean mealEstimateLast(String text, int from, int at, List<Mention> mentions) {
        return mealSaidLast(text, from, at, mentions, "吧", Mention.Vague.class);
    }

    private static boolean mealSaidLast(
            String text, int from, int at, List<Mention> mentions, String tail, Class<? extends Mention> kind) {
        boolean meal = false;
        Mention last = null;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > at) continue;
            meal |= m instanceof Mention.Meals || m instanceof Mention.Part;
            last = m;
        }
        if (!meal || !kind.isInstance(last)) return false;
        for (int i = last.end(); i < at; i++) {
            char c = text.charAt(i);
            if (c != ' ' && (tail == null || tail.indexOf(c) < 0 && !Character.isSurrogate(c))) return false;
        }
        return true;
    }

    /** Afterthought words that may open a further group before 有 (哦对了有6个教练…先回去了). */
    private static final String[] AFTERTHOUGHT = {"哦对了", "噢对了", "喔对了", "啊对了", "对了", "哦", "噢", "喔"};

    /** Whether an afterthought (对了, 哦对了) opens the words at {@code at}. */
    static boolean turnsAside(String text, int at) {
        for (String w : AFTERTHOUGHT) if (w.length() > 1 && text.startsWith(w, at)) return true;
        return false;
    }

    /** "有", "还有", "另有" alone between a space and a figure of people, maybe after an afterthought (对了有). */
    private static boolean opensGroup(String text, int from, int to) {
        from = pastAfterthought(text, from, to);
        if (to - from < 1 || to - from > 2 || text.charAt(to - 1) != '有') return false;
        return to - from == 1 || text.charAt(from) == '还' || text.charAt(from) == '另';
    }

    /** Past a route named at {@code at} (北海线现在4个), or {@code at}. */
    static int afterRoute(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Route && m.start() == at) return m.end();
        return at;
    }

    /** 现在, 目前, 一共 or 还剩 right before a figure at {@code at}. */
    static boolean nowFigure(String text, int at) {
        for (String w : new String[] {"现在", "目前", "一共", "总共", "还剩"}) {
            if (!text.startsWith(w, at) || at + w.length() >= text.length()) continue;
            // 现在还剩2个
            if (text.startsWith("还剩", at + w.length())) return nowFigure(text, at + w.length());
            char next = text.charAt(at + w.length());
            return Character.isDigit(next) || "一二两三四五六七八九十".indexOf(next) >= 0;
        }
        return false;
    }

    /** Where what is said starts after an afterthought word at {@code from} (哦对了，有6个…), or {@code from}. */
    private static int pastAfterthought(String text, int from, int to) {
        for (String w : AFTERTHOUGHT) {
            if (!text.startsWith(w, from)) continue;
            int at = from + w.length();
            while (at < to && (text.charAt(at) == '，' || text.charAt(at) == ',')) at++;
            return at;
        }
        return from;
    }

    /** A meal or a part of the day said in the words from {@code at} to the next separator. */
    static boolean mealWithin(String text, int at, List<Mention> mentions) {
        int end = at;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        for (Mention m : mentions)
            if (m.start() >= at && m.end() <= end && (m instanceof Mention.Meals || m instanceof Mention.Part))
                return true;
        return false;
    }

    static boolean mealAt(int at, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() == at && m instanceof Mention.Meals) return true;
        return false;
    }

    static boolean startsWith(int at, List<CueTable.Hit> hits, Cue cue) {
        for (CueTable.Hit h : hits) if (h.start() == at && h.cue() == cue) return true;
        return false;
    }

    static boolean opensTurn(int at, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() != at) continue;
            Cue c = h.cue();
            if (c == Cue.TALK
                    || c == Cue.REQUEST
                    || c == Cue.NEED
                    || c == Cue.REST
                    || c == Cue.BATCH
                    || c == Cue.ASIDE
                    || c == Cue.AMONG) return true;
        }
        return false;
    }

    /** A cancel word starting at {@code from} and ending at {@code to}, or anywhere when {@code to} is negative. */
    static boolean cancels(int from, int to, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.start() == from && (to < 0 || h.end() == to) && h.cue() == Cue.CANCEL) return true;
        return false;
    }

    /** A subject a statement is about: a meal, a delegation, a part of the day, a vehicle ("1号车30人 2号车28人"). */
    static boolean names(Mention m) {
        return m instanceof Mention.Meals
                || m instanceof Mention.Team
                || m instanceof Mention.Part
                || m instanceof Mention.Vehicle;
    }

    /** Most characters of what is said of the people before 的那 (走的那, 先回去的那). */
    private static final int POINTED_SAID = 4;
    /** Pronouns of people said before. */
    private static final String[] THEY = {"他们", "她们"};

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
