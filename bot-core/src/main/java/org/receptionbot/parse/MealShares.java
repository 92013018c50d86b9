package org.receptionbot.parse;

/** Whether a meal statement is about the whole delegation or only some of its people. */
final class MealShares {

    private MealShares() {}

    /** "晚饭全部在土家山寨吃": all of the delegation eats the meal at a place (one of the event's, else a cancel cue reads it). */
    static boolean allEat(Clause c) {
        String words = c.span();
        int at = words.indexOf('在');
        return c.has(Cue.EAT)
                && !c.has(Cue.REST)
                && at > 0
                && words.indexOf('吃', at) > at
                && (words.contains("全部") || words.contains("全体") || words.contains("全团"));
    }

    /** Words that all of the delegation attends the meal named (晚宴都参加, 晚饭全部参加). */
    private static final String[] ALL_ATTEND = {"都参加", "全参加", "全部参加", "全部都参加", "都要参加"};

    /** "晚宴都参加": a meal named, all of the delegation attending it. */
    private static boolean attendsAll(Clause c) {
        if (c.all(Mention.Meals.class).isEmpty()) return false;
        String words = c.span();
        for (String w : ALL_ATTEND) if (words.contains(w)) return true;
        return allComeTo(c);
    }

    /** Words that all come, said right after a meal's own name: "晚宴全到" (not "晚上全到", an arrival's hour). */
    private static final String[] ALL_COME = {"全到", "都到", "全都到", "全部到"};

    /** "欢迎晚宴全到", "晚饭都到": a meal's name, then all of them coming to it. */
    private static boolean allComeTo(Clause c) {
        for (Mention.Meals m : c.all(Mention.Meals.class)) {
            String name = c.text.substring(m.start(), m.end());
            if (!(name.endsWith("饭") || name.endsWith("餐") || name.endsWith("宴"))) continue;
            for (String w : ALL_COME) if (c.text.startsWith(w, m.end())) return true;
        }
        return false;
    }

    /**
     * Words that all of the delegation eats the meal (中午全吃, 晚上都吃, 全部都吃), coming back for it too (中午都回来吃,
     * 晚饭全部回来吃): the figure said with the name is who eats, never "as planned".
     */
    private static final String[] ALL_OF_THEM = {
        "全吃", "全部吃", "都吃", "全都吃", "全部都吃", "全员吃", "全体吃", "都回来吃", "全回来吃", "全部回来吃", "全都回来吃"
    };

    /**
     * Coming back for the meal is all of them with a figure only when the clause says it ("青海27人中午都回来吃"); after
     * others said elsewhere ("还有10个在场馆 晚上都回来吃") it is everyone, as planned.
     */
    private static final String COMING_BACK = "回来吃";

    /** "天津30人，中午全吃", "内蒙45人晚上都吃": all of them eat, the figure said with the name is the meal's. */
    static boolean allOfThem(Clause c) {
        if (c.question || !c.has(Cue.EAT) && !attendsAll(c)) return false;
        String words = c.span();
        if (attendsAll(c)) return true;
        for (String w : ALL_OF_THEM) {
            int at = words.indexOf(w);
            int end = at + w.length();
            // 都吃过了, 都吃不上, 都吃素: the past, a miss or a diet.
            if (at < 0 || end < words.length() && "过不素完好饱了".indexOf(words.charAt(end)) >= 0) continue;
            if (!w.endsWith(COMING_BACK) || !c.current(Mention.Count.class).isEmpty()) return true;
        }
        return false;
    }

    static boolean sizeThenAsPlanned(Clause c) {
        if (allOfThem(c)) return false;
        if (!c.has(Cue.AS_PLANNED)
                || !Figures.teamSize(c)
                || c.current(Mention.Count.class).size() != 1) return false;
        int figureEnd = c.current(Mention.Count.class).get(0).end();
        for (Mention m : c.mentions)
            if ((m instanceof Mention.Meals || m instanceof Mention.Part) && m.start() >= figureEnd)
                return c.at(Cue.AS_PLANNED) > m.start();
        return false;
    }

    /**
     * "发烧那个队员输完液回来了 晚上正常吃", "有3个去医院的回来了 晚饭照常": people said doing something of their own
     * (a predicate ended with 了 between them and the meal), then the meal as planned: the figure is theirs, the
     * meal as planned.
     */
    static boolean othersThenAsPlanned(Clause c) {
        if (!c.has(Cue.AS_PLANNED) || c.current(Mention.Count.class).size() != 1) return false;
        int figureEnd = c.current(Mention.Count.class).get(0).end();
        for (Mention m : c.mentions) {
            if (!(m instanceof Mention.Meals || m instanceof Mention.Part) || m.start() < figureEnd) continue;
            return c.at(Cue.AS_PLANNED) > m.start()
                    && c.text.substring(figureEnd, m.start()).contains("了");
        }
        return false;
    }

    /** Words that point back to some people already spoken of, not to the whole delegation. */
    private static final String[] SOME_OF_THEM = {"他们", "她们", "这些人", "那些人", "这几", "那几", "这部分", "那部分"};

    static boolean someOfThem(Clause c) {
        String words = c.span();
        for (String w : SOME_OF_THEM) {
            int at = words.indexOf(w);
            if (at >= 0 && !wholeThem(words, w, at)) return true;
        }
        return false;
    }

    /** The whole delegation said before it (全团不吃 他们在外面吃): 他们 then points at all of them, not some. */
    private static boolean wholeThem(String words, String w, int at) {
        if (!w.endsWith("们")
                || at + w.length() < words.length() && COUNTING.indexOf(words.charAt(at + w.length())) >= 0)
            return false;
        String before = words.substring(0, at);
        for (String whole : WHOLE) if (before.contains(whole)) return true;
        return false;
    }

    /** Words of the whole delegation as the subject (全团晚饭都不吃了): no part of it. */
    private static final String[] ALL_SUBJECT = {"全团", "全体", "全员", "整个团", "全队", "整个队", "大家", "所有人"};

    /** "全团晚饭都不吃了", "大家晚上都不吃": the statement is said of the whole delegation, not of people said before. */
    static boolean wholeSaid(Clause c) {
        String words = c.span();
        for (String w : ALL_SUBJECT) if (words.contains(w)) return true;
        return false;
    }

    /** Whether the words at {@code at} open with the whole delegation as the subject (全团, 大家). */
    static boolean wholeOpens(String text, int at) {
        for (String w : ALL_SUBJECT) if (text.startsWith(w, at)) return true;
        return false;
    }

    /** What may follow 他们 to count some of them (他们几个, 他们俩, 他们3个). */
    private static final String COUNTING = "几俩仨两一二三四五六七八九十0123456789";

    private static final String[] WHOLE = {"全团", "全体", "全员", "整个团"};

    /**
     * "…先走 这5个晚饭也不吃了": people pointed at with 这/那 and their figure right before the clause are
     * the ones who cancel; their figure, else null.
     */
    static Integer pointedBefore(Clause c) {
        Integer opening = pointedAtStart(c);
        if (opening != null) return opening;
        int i = c.start;
        while (i > 0 && " ，,、".indexOf(c.text.charAt(i - 1)) >= 0) i--;
        if (i > 0 && (c.text.charAt(i - 1) == '人' || c.text.charAt(i - 1) == '位')) i--;
        if (i > 0 && c.text.charAt(i - 1) == '个') i--;
        int end = i;
        while (i > 0 && i > end - 4 && ChineseNumerals.value(String.valueOf(c.text.charAt(i - 1))) >= 0) i--;
        if (i == end || i == 0 || "这那".indexOf(c.text.charAt(i - 1)) < 0 || end == c.start) return null;
        int n = ChineseNumerals.value(c.text.substring(i, end));
        return n > 0 ? n : null;
    }

    /** "这三个人早饭取消": the clause opens with the people pointed at and their figure. */
    private static Integer pointedAtStart(Clause c) {
        int i = c.start;
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        if (i >= c.end || "这那".indexOf(c.text.charAt(i)) < 0) return null;
        for (Mention.Count n : c.current(Mention.Count.class)) if (n.start() == i + 1 && n.unit()) return n.value();
        return null;
    }

    /** "有个队员发烧了 晚饭少1人": fewer diners for a named meal said beside an illness are a report too. */
    static boolean besideIllness(Clause c, MealReading meal) {
        return meal != null
                && c.has(Cue.HEALTH)
                && meal.kind() == Draft.Kind.MEAL_CANCEL
                && meal.count() != null
                && !meal.meals().isEmpty()
                && !c.current(Mention.Meals.class).isEmpty();
    }

    /** "差两个还在吃早饭": people eating the meal right now say where they are, no figure for it. */
    static boolean eatingNow(Clause c) {
        if (c.has(Cue.CANCEL) || c.has(Cue.FEWER) || c.has(Cue.ADD)) return false;
        String words = c.span();
        return words.contains("还在吃") || words.contains("正在吃");
    }

    /** "沪队晚饭还能加吗 刚下比赛 多了俩记者": asking to add to a named meal, then saying how many, is an addition. */
    static boolean addAsked(Clause c, MealReading meal) {
        if (meal == null || meal.kind() != Draft.Kind.MEAL_ADD || meal.count() == null) return false;
        int asked = c.at(Cue.QUESTION);
        if (asked < 0 || c.current(Mention.Meals.class).isEmpty()) return false;
        for (Mention.Count n : c.current(Mention.Count.class))
            if (n.start() > asked && n.value() == meal.count() && n.unit()) return true;
        return false;
    }
}
