package org.receptionbot.parse;

import java.util.List;

/**
 * Whether a space ends a meal's statement that is complete before it, when the words after it say something of
 * their own: words apart from the report ({@link MealAsides}: a guess when the people come back, an aside, a diet
 * asked for, people away for boxed meals); another meal said a few words on ("晚上52 全部 看完闭幕式回来还要宵夜 四十个",
 * "晚上全员吃 决赛完了估计要宵夜"); a trip after a meal packed (早饭打包带走 44人 坐大巴去机场); another day, a clock time or
 * people leaving after a meal cancelled or kept ("宵夜不要 明天全团早上8点40走", "明天早饭照常 9点退房",
 * "明天中午不吃了 三十个人改成上午10点D5612走"). Read as one, the other meal or the day would be the first meal's.
 */
final class MealStatementEnds {
    /** What may follow a meal's figure and still end its report (52 全部, 30个都). */
    private static final String ALL = "全部都";
    /** What may follow a meal for it to be eaten as planned (晚上全员吃, 中午照常吃). */
    private static final String AS_PLANNED = "全员部体都照常正常吃饭用餐就还是";
    /** What may follow the word that ends a meal's statement (不吃了, 照常哈). */
    private static final String PARTICLES = "了啦哈的吧呢";

    private MealStatementEnds() {}

    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = stretchEnd(text, at + 1);
        boolean figure = MealsAroundSpace.mealFigureLast(text, from, at, mentions, ALL);
        if (figure && MealAsides.apart(text, at + 1, end, mentions, hits)) return true;
        Mention.Meals last = lastMeal(from, at, mentions);
        Cue done = mealDoneAt(text, from, at, mentions, hits);
        // 晚饭不吃了 (火车上吃过了) 到了以后麻烦安排点宵夜 39份: after a meal cancelled, or a meal eaten already, another
        // meal said next, with a figure of its own, is a statement of its own.
        boolean finished =
                (done == Cue.CANCEL || eatenAlready(text, from, at)) && figureAfterMeal(text, at + 1, mentions);
        if ((figure || finished || asPlannedLast(text, from, at, mentions))
                && otherMealAhead(at + 1, end, mentions, last)) return true;
        // (晚饭不吃了) 火车上吃过了 (到了以后…宵夜 39份): the meal eaten already is why it is cancelled, a remark apart,
        // when another meal is said after it with its figure.
        if (done == Cue.CANCEL
                && eatenAlready(text, at + 1, end)
                && figureAfterMeal(text, end + 1, mentions)
                && otherMealAhead(end + 1, stretchEnd(text, end + 1), mentions, last)) return true;
        // 中午照常吃 1205房间马桶堵了: the meal kept, then a problem of its own.
        if (asPlannedLast(text, from, at, mentions) && problemAhead(at + 1, end, mentions, hits)) return true;
        // 重庆晚饭按44报 航班准点 15:15落地: a meal's figure, then news of the team's own ride, each a statement of its own.
        if (MealsAroundSpace.mealFigureLast(text, from, at, mentions, ALL + "报")
                && last != null
                && !StatementSpans.holds(from, at, hits, Cue.DEPART)
                && !StatementSpans.holds(from, at, hits, Cue.ARRIVE)
                && TravelAhead.rideNews(text, at + 1, end, mentions)) return true;
        // 早饭打包带走 44人 坐大巴去机场: a meal packed, with its figure, is complete; the trip after it is the leaving's.
        if (packedLast(text, from, at, mentions) && TravelAhead.trip(text, at + 1, end, mentions, hits)) return true;
        // 河北晚饭不吃了 五点的高铁: after a meal called off, a ride at its hour with no verb is the team's departure.
        if (done == Cue.CANCEL && BareRide.at(text, at + 1, end, mentions, hits)) return true;
        return done != null && nextOpens(at + 1, end, mentions, hits, done == Cue.AS_PLANNED);
    }

    /** "(晚上52 全部) 看完闭幕式回来还要宵夜": another meal ahead, before any figure, delegation, day or part of the day. */
    private static boolean otherMealAhead(int from, int to, List<Mention> mentions, Mention.Meals last) {
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            if (m instanceof Mention.Meals meals)
                return last == null || !meals.ids().equals(last.ids());
            if (!(m instanceof Mention.Clock)) return false;
        }
        return false;
    }

    /**
     * "(到了以后麻烦安排点)宵夜 39份": from {@code from} on the line, a meal, not one eaten before something else (吃完早饭
     * 全团就走), then a figure of people after it.
     */
    private static boolean figureAfterMeal(String text, int from, List<Mention> mentions) {
        int line = text.indexOf('\n', from);
        int to = line < 0 ? text.length() : line;
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            if (m instanceof Mention.Meals
                    && !text.substring(Math.max(from, m.start() - 2), m.start()).matches(".*吃[完过了好]")) meal = true;
            else if (meal && m instanceof Mention.Count) return true;
        }
        return false;
    }

    /** Words that end a statement of a meal eaten already (火车上吃过了, 路上已经吃完了). */
    private static final String[] EATEN = {"吃过了", "吃过啦", "吃过", "吃完了", "吃好了"};

    /** "火车上吃过了 ": the words before the space end on a meal eaten already. */
    private static boolean eatenAlready(String text, int from, int at) {
        String said = text.substring(from, at).strip();
        for (String w : EATEN) if (said.endsWith(w)) return true;
        return false;
    }

    /** "晚上全员吃": a meal (or its part of the day) last, then only words of eating as planned. */
    private static boolean asPlannedLast(String text, int from, int at, List<Mention> mentions) {
        Mention last = null;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at) last = m;
        if (!(last instanceof Mention.Meals || last instanceof Mention.Part) || last.end() == at) return false;
        for (int i = last.end(); i < at; i++) if (AS_PLANNED.indexOf(text.charAt(i)) < 0) return false;
        return text.substring(last.end(), at).indexOf('吃') >= 0;
    }

    /**
     * "宵夜不要", "明天早饭照常", "明天中午不吃了": a meal, and a word of cancelling or keeping it that ends the
     * statement; that word's cue ({@link Cue#CANCEL} or {@link Cue#AS_PLANNED}), else null.
     */
    private static Cue mealDoneAt(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean meal = false;
        for (Mention m : mentions)
            if (m.start() >= from && m.end() <= at) meal |= m instanceof Mention.Meals || m instanceof Mention.Part;
        if (!meal) return null;
        for (CueTable.Hit h : hits) {
            if (h.start() < from || h.end() > at || h.cue() != Cue.CANCEL && h.cue() != Cue.AS_PLANNED) continue;
            int i = h.end();
            while (i < at && PARTICLES.indexOf(text.charAt(i)) >= 0) i++;
            if (i == at) return h.cue();
        }
        return null;
    }

    /**
     * Another day right after the space, or people leaving or coming with their figure; after a meal kept, a clock
     * time too ("早饭照常 9点退房"; "中午不吃了 十一点走" is why the meal is missed, one statement).
     */
    private static boolean nextOpens(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits, boolean kept) {
        if (kept && problemAhead(from, to, mentions, hits)) return true;
        Mention first = null;
        for (Mention m : mentions)
            if (m.start() >= from) {
                first = m;
                break;
            }
        if (first == null || first.start() != from || first.end() > to) return false;
        if (first instanceof Mention.Day || kept && first instanceof Mention.Clock) return true;
        if (!(first instanceof Mention.Count n) || !n.unit()) return false;
        for (CueTable.Hit h : hits)
            if (h.start() >= from && h.end() <= to && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE)) return true;
        return false;
    }

    /**
     * "(晚饭照常) 房间没有热水", "(中午照常吃) 1205房间马桶堵了": after a meal kept, the words up to the next separator say a
     * problem by its kind or ask to act, and name no meal, day or figure of people: a statement of its own, the
     * problem's, not the meal's.
     */
    private static boolean problemAhead(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions)
            if (m.start() >= from
                    && m.end() <= to
                    && (m instanceof Mention.Meals || m instanceof Mention.Day || m instanceof Mention.Part))
                return false;
        for (CueTable.Hit h : hits)
            if (h.start() >= from && h.end() <= to && PROBLEM_AHEAD.cues().contains(h.cue())) return true;
        return false;
    }

    /** A problem said by its kind, a room's fitting or a request to act: what opens a problem's statement. */
    private static final CueGroups.Group PROBLEM_AHEAD = CueGroups.TO_ACT_ON.with(Cue.ROOM_ITSELF, Cue.ILL);

    /** Words that pack a meal or take it along, after the meal (早饭打包带走, 早餐打包带着). */
    private static final String[] PACKING = {"打包", "打个包", "带走"};

    /** "早饭打包带走", "早饭打包带走 44人": a meal, then a word packing it, then at most its figure before the space. */
    private static boolean packedLast(String text, int from, int at, List<Mention> mentions) {
        Mention.Meals meal = lastMeal(from, at, mentions);
        if (meal == null) return false;
        for (Mention m : mentions)
            if (m.start() >= meal.end() && m.end() <= at && !(m instanceof Mention.Count)) return false;
        String after = text.substring(meal.end(), at);
        for (String w : PACKING) if (after.contains(w)) return true;
        return false;
    }

    private static Mention.Meals lastMeal(int from, int at, List<Mention> mentions) {
        Mention.Meals last = null;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at && m instanceof Mention.Meals ms) last = ms;
        return last;
    }

    /** Where the words after a space end: at the next separator. */
    private static int stretchEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Clause.SEPARATORS.indexOf(text.charAt(i)) < 0) i++;
        return i;
    }
}
