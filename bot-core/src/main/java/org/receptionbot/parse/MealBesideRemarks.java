package org.receptionbot.parse;

import java.util.List;

/**
 * A meal's figure said beside a remark or a problem past a space: the space ends a statement ({@link SpaceBreaks}), so
 * that each meal of the message keeps its own figure and the problem its own words.
 *
 * <ul>
 *   <li>{@link #afterBareWords}: "刚开完会 广东中午37 晚上37", bare words that name nothing, then a delegation's meal;
 *   <li>{@link #afterProblem}: "骨裂 要住院观察 今天晚上吃饭39个", a problem, then a meal with its figure;
 *   <li>{@link #busFaultAfter}: "晚上29 我们的7号车…找不到了", a meal's figure, then a bus in trouble;
 *   <li>{@link #figureAfterReportWord}: "河北的中午报一下 26", a meal named to be reported, then its figure alone.
 * </ul>
 */
final class MealBesideRemarks {
    private MealBesideRemarks() {}

    /** Whether the space at {@code at} ends a statement for one of the families above. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        return afterBareWords(text, from, at, mentions, hits)
                || afterProblem(text, from, at, mentions, hits)
                || busFaultAfter(text, from, at, mentions, hits)
                || figureAfterReportWord(text, from, at, mentions)
                || backRemarkAfter(text, from, at, mentions);
    }

    /** Words that point back at the sender's earlier message. */
    private static final String[] BACK = {"刚才", "刚刚", "之前", "前面", "上面", "上一条"};

    /**
     * "浙江38 刚才看串行了", "中午也是26 刚才没写清楚", "广东中午是37个人 刚才报过了啊": a figure said last before the space, then
     * a remark on the earlier message that names nothing to the end of its line (but a figure said done already, 今晚也是39
     * 刚才的39已经扣过了): the remark is apart, the figure stays.
     */
    static boolean backRemarkAfter(String text, int from, int at, List<Mention> mentions) {
        boolean back = false;
        for (String w : BACK) back |= text.startsWith(w, at + 1);
        if (!back) return false;
        Mention last = null;
        boolean named = false;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > at) continue;
            named |= m instanceof Mention.Team || m instanceof Mention.Part || m instanceof Mention.Meals;
            last = m;
        }
        if (!named
                || !(last instanceof Mention.Count)
                || !text.substring(last.end(), at).isBlank()) return false;
        int end = text.indexOf('\n', at);
        if (end < 0) end = text.length();
        // 刚才的39已经扣过了: the earlier figure said done already is part of the remark.
        String remark = text.substring(at + 1, end);
        boolean done = remark.contains("已经") || remark.contains("过了");
        for (Mention m : mentions)
            if (m.start() > at && m.start() < end && !(done && m instanceof Mention.Count)) return false;
        return true;
    }

    /** Problems of things, not of people: a bus's fault never explains a meal's figure. */
    private static final CueGroups.Group FAULTS = CueGroups.PROBLEM_SAID.without(Cue.HEALTH, Cue.MEAL_PROBLEM);

    /** Words that ask for a meal's figure to be taken down ("中午报一下 26"). */
    private static final String[] REPORT_WORDS = {"报一下", "报下", "报一报", "报个数", "报一下人数", "报人数"};

    /** What may stand between a space and the bus named after it ("我们的7号车", "那个3号车"). */
    private static final int BUS_LEAD = 4;

    /**
     * "不好意思 刚开完会 广东中午37", "会刚结束 河北中午26", "哦哦 刚才发错群了 福建中午32": words before the space at {@code at}
     * that name nothing and carry no cue (but 刚才, the earlier message), then a delegation named with a meal and its figure: the report opens its own statement.
     */
    static boolean afterBareWords(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (at <= from) return false;
        for (Mention m : mentions) if (m.end() > from && m.start() < at) return false;
        // 哦哦 刚才发错群了 福建团中午32人: a word pointing back at the earlier message is still bare words.
        for (CueTable.Hit h : hits) if (h.end() > from && h.start() < at && h.cue() != Cue.PAST) return false;
        return teamMealFigureAt(text, at + 1, mentions);
    }

    /**
     * "受伤那个队员拍了片 骨裂 要住院观察 今天晚上吃饭39个", "有个队员发烧了 晚饭38": after a problem said of people or things, a
     * meal (or a day and its part) with its figure opens a statement of its own; no problem is said in it.
     */
    static boolean afterProblem(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean problem = false;
        for (CueTable.Hit h : hits)
            if (h.start() >= from
                    && h.end() <= at
                    && CueGroups.PROBLEM_SAID.cues().contains(h.cue())) problem = true;
        if (!problem) return false;
        int end = statementEnd(text, at + 1);
        for (CueTable.Hit h : hits)
            if (h.start() > at
                    && h.end() <= end
                    && CueGroups.WRONG_OR_ASKED.cues().contains(h.cue())) return false;
        boolean first = true;
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.start() <= at || m.end() > end) continue;
            boolean opens = m instanceof Mention.Day || m instanceof Mention.Part || m instanceof Mention.Meals;
            if (first && (m.start() != at + 1 || !opens)) return false;
            first = false;
            meal |= m instanceof Mention.Part || m instanceof Mention.Meals;
            if (meal && m instanceof Mention.Count) return true;
        }
        return false;
    }

    /**
     * "甘肃中午29 晚上29 我们的7号车在体育馆停车场找不到了", "辽宁中午33 晚上33 车找到了": a meal's figure said last before the
     * space, then a bus (by its number or as 车, maybe after 我们的) with a fault or found again on its line: the bus's news
     * is a statement of its own, the figure stays the meal's.
     */
    static boolean busFaultAfter(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (!MealsAroundSpace.mealFigureLast(text, from, at, mentions)) return false;
        int bus = -1;
        for (Mention m : mentions) {
            if (m.start() <= at) continue;
            if (m instanceof Mention.Vehicle && m.start() - at - 1 <= BUS_LEAD) bus = m.end();
            break;
        }
        for (CueTable.Hit h : hits)
            if (bus < 0 && h.start() > at && h.start() - at - 1 <= BUS_LEAD && h.cue() == Cue.TOPIC_VEHICLE)
                bus = h.end();
        if (bus < 0) return false;
        int end = text.indexOf('\n', bus);
        if (end < 0) end = text.length();
        for (Mention m : mentions)
            if (m.start() > at && m.end() <= end && m instanceof Mention.Count n && n.unit()) return false;
        for (CueTable.Hit h : hits)
            if (h.start() >= bus && h.end() <= end && (FAULTS.cues().contains(h.cue()) || h.cue() == Cue.SETTLED))
                return true;
        return false;
    }

    /**
     * "河北的中午报一下 26 晚上26": a meal (or a part of the day) named with a word asking to take it down, and no figure,
     * before the space; its figure alone after it. The figure's statement reads the meal said before it.
     */
    static boolean figureAfterReportWord(String text, int from, int at, List<Mention> mentions) {
        String before = text.substring(from, at);
        boolean asked = false;
        for (String w : REPORT_WORDS) asked |= before.endsWith(w);
        if (!asked) return false;
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > at) continue;
            if (m instanceof Mention.Count || m instanceof Mention.Vague) return false;
            meal |= m instanceof Mention.Part || m instanceof Mention.Meals;
        }
        if (!meal) return false;
        for (Mention m : mentions) if (m.start() == at + 1) return m instanceof Mention.Count;
        return false;
    }

    /** A delegation named right at {@code at}, then, before the statement ends, a meal and its figure after it. */
    private static boolean teamMealFigureAt(String text, int at, List<Mention> mentions) {
        int end = statementEnd(text, at);
        boolean team = false;
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.start() < at || m.end() > end) continue;
            if (!team) {
                if (m.start() != at || !(m instanceof Mention.Team)) return false;
                team = true;
                continue;
            }
            meal |= m instanceof Mention.Part || m instanceof Mention.Meals;
            if (meal && m instanceof Mention.Count) return true;
        }
        return false;
    }

    /** Where the statement opening at {@code at} ends at the latest: the next separator, space included. */
    private static int statementEnd(String text, int at) {
        int end = at;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        return end;
    }
}
