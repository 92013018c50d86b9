package org.receptionbot.parse;

/**
 * "今晚宵夜要60份 决赛打完大概10点到土家山寨", "广西宵夜20个 比赛完大概九点四十到": after a meal's figure, the clock time the
 * delegation comes to an eating place, or comes at all once the games of the day are over, is when they come to eat. The
 * delegation is already here: no arrival. An eating place said after a meal of an earlier clause ("宵夜60份，10点到餐厅")
 * is the same, and so is the team's lodging once the games are over ("今晚宵夜要60份 比赛完大概十点到酒店"); a clock time
 * with 到 and nothing to say the games are over ("晚饭30个 明天3点到") stays an arrival.
 */
final class ComingToEatAt {
    /** Places to eat: the event's restaurants are named by these endings (土家山寨餐厅, 九院宾馆自助餐厅). */
    private static final String[] EATING_PLACES = {"餐厅", "食堂", "饭店", "饭馆", "山寨", "酒楼", "饭堂", "餐馆"};
    /** What may follow the place: 到餐厅吃, 到土家山寨吃宵夜. */
    private static final String[] EATING = {"吃宵夜", "吃夜宵", "吃饭", "用餐", "就餐", "吃"};
    /** Where the delegations stay, as the end of a place's name. */
    private static final String[] LODGINGS = {"酒店", "宾馆", "民宿", "住地", "驻地", "住处", "山庄", "招待所"};
    /** The games of the day over: 比赛完, 决赛打完, 比完, 结束. */
    private static final String[] GAMES_OVER = {"比赛完", "比完", "赛完", "打完", "结束", "训练完", "练完", "完赛", "散场"};
    /** Meal words of an earlier clause of the message. */
    private static final String[] MEAL_WORDS = {"宵夜", "夜宵", "晚饭", "晚餐", "午饭", "午餐", "中饭", "早饭", "早餐"};
    /** What may stand between the clock and 到: 10点左右到, 9点40就到. */
    private static final String BETWEEN = " 左右前后就才能会多再";

    private static final String MARKS = " ，,。.！!～~哈啊吧呀了";

    private ComingToEatAt() {}

    static boolean test(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at <= c.start
                || c.text.charAt(at) != '到'
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        Mention.Clock clock = null;
        for (Mention.Clock k : c.all(Mention.Clock.class)) if (k.end() <= at) clock = k;
        if (clock == null) return false;
        for (int i = clock.end(); i < at; i++) if (BETWEEN.indexOf(c.text.charAt(i)) < 0) return false;
        boolean mealFigure = mealFigureBefore(c, clock.start());
        String place = placeAfter(c, at + 1);
        if (place.isEmpty()) return mealFigure && gamesOver(c, clock.start());
        // 今晚宵夜要60份 比赛完大概十点到酒店: back at the team's lodging after the games, to eat there.
        if (lodging(place)) return gamesOver(c, clock.start()) && (mealFigure || mealSaidBefore(c));
        if (!eatingPlace(place)) return false;
        return mealFigure || mealSaidBefore(c);
    }

    /** A meal and a figure of people in the clause before the clock: 宵夜要60份 …. */
    private static boolean mealFigureBefore(Clause c, int clock) {
        boolean meal = false;
        for (Mention.Meals m : c.all(Mention.Meals.class)) meal |= m.end() <= clock;
        boolean figure = false;
        for (Mention.Count n : c.all(Mention.Count.class)) figure |= n.end() <= clock;
        return meal && figure;
    }

    private static boolean gamesOver(Clause c, int clock) {
        String before = c.text.substring(c.start, clock);
        for (String w : GAMES_OVER) if (before.contains(w)) return true;
        return false;
    }

    private static boolean mealSaidBefore(Clause c) {
        String before = c.text.substring(0, c.start);
        for (String w : MEAL_WORDS) if (before.contains(w)) return true;
        return false;
    }

    /** What is said after 到 to the end of the clause, past end marks and a word of eating. */
    private static String placeAfter(Clause c, int from) {
        int end = c.end;
        while (end > from && MARKS.indexOf(c.text.charAt(end - 1)) >= 0) end--;
        String place = c.text.substring(from, end);
        for (String w : EATING)
            if (place.endsWith(w)) {
                place = place.substring(0, place.length() - w.length());
                break;
            }
        return place.strip();
    }

    /** Where the delegations stay: 酒店, 宾馆, 民宿 (清江大酒店, 九院宾馆). */
    private static boolean lodging(String place) {
        if (place.length() > 8) return false;
        for (String w : LODGINGS) if (place.endsWith(w)) return true;
        return false;
    }

    private static boolean eatingPlace(String place) {
        if (place.length() > 8) return false;
        for (int i = 0; i < place.length(); i++) if (!Character.isIdeographic(place.charAt(i))) return false;
        for (String w : EATING_PLACES) if (place.endsWith(w)) return true;
        return false;
    }
}
