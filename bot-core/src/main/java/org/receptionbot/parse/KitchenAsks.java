package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/**
 * A meal reported with its figure and what the kitchen should do for it ("宁夏中午31人 还是麻烦按清真单独备一下",
 * "湖北中午40个 有两个素食 麻烦单独做一下", "宁夏明早31人清真"): the figure is the report and is never lost to the
 * meal problem read beside it. The diet is a request of its own unless it is the standing arrangement (还是,
 * 老规矩, or said bare after the figure with nothing asked: "宁夏晚饭也是31人，清真").
 */
final class KitchenAsks {
    /** Words that something went wrong with the food, beyond asking for a diet or an arrangement. */
    private static final String[] FAULTS = {
        "没有", "没给", "没准备", "没安排", "不够", "不对", "猪油", "猪肉", "意见", "过期", "不新鲜", "没吃上", "吃不上", "吃不饱", "剩", "没饭", "太辣", "吃坏",
        "拉肚子", "忘了", "漏了", "没吃的", "没法吃", "注意", "别搞错", "过敏"
    };

    /** Words that the diet is arranged as before. */
    private static final String[] AS_BEFORE = {"还是", "老规矩", "老样子", "照旧", "跟之前一样", "和之前一样", "跟昨天一样"};

    /** Words before a figure that make it the people of a diet, not the meal's diners (有两位, 其中5个). */
    private static final String WHO_BEFORE = "有中位";

    /**
     * What may follow the diners' figure (a pause, the diet, 全/都/还): not a person's title ("一个处长是回民", "一个同志
     * 海鲜过敏" are who keeps the diet).
     */
    private static final String AFTER_DINERS = " ，,。；;清素全都还吃";

    /** Words of the kitchen and of what it is asked to do for the diners. */
    private static final String[] KITCHEN = {"餐厅", "厨房", "后厨", "单独", "一桌", "清真", "素食", "吃素", "素餐", "忌口", "不吃辣"};

    private KitchenAsks() {}

    /**
     * The meal's figure read in a clause a meal problem was placed for, said first, as the diners (not after 能不能
     * or 有), with nothing gone wrong: the meal is reported beside the diet.
     */
    static boolean figureBeside(Clause c, MealReading meal, Drafts drafts) {
        if (meal == null
                || meal.kind() != Draft.Kind.MEAL_COUNT
                || meal.count() == null
                || meal.meals().isEmpty()
                || !drafts.hasIssue(IssueCategory.MEAL)
                || !routine(c)) return false;
        Mention.Count n = first(c);
        if (n == null || n.value() != meal.count()) return false;
        int asked = Math.min(at(c, Cue.REQUEST), Math.min(at(c, Cue.NEED), at(c, Cue.QUESTION)));
        if (asked < n.start() || at(c, Cue.MEAL_PROBLEM) < n.start()) return false;
        if (n.start() > c.start && WHO_BEFORE.indexOf(c.text.charAt(n.start() - 1)) >= 0) return false;
        return n.end() >= c.end || AFTER_DINERS.indexOf(c.text.charAt(n.end())) >= 0;
    }

    /** The diet beside a meal's figure is the standing arrangement, no request: 还是, 老规矩, or bare. */
    static boolean asBefore(Clause c) {
        if (c.holdsAny(AS_BEFORE)) return true;
        return !c.has(Cue.REQUEST) && !c.has(Cue.NEED) && !c.question && !c.holdsAny("要", "需");
    }

    /**
     * A part of the day right before a figure of people ("明早31人", "中午40个"), in a clause that says what the
     * kitchen should do: the figure is that meal's diners. No movement, clock, ticket or vehicle is said with it.
     */
    static boolean partFigureForKitchen(Clause c) {
        if (!c.holdsAny(KITCHEN) || c.has(Cue.DEPART) || c.has(Cue.ARRIVE) || !routine(c)) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Vehicle.class).isEmpty()) return false;
        if (Figures.transport(c) != null) return false;
        Mention.Count n = first(c);
        if (n == null || !n.unit()) return false;
        for (Mention.Part p : c.all(Mention.Part.class)) if (n.start() == p.end()) return true;
        return false;
    }

    private static boolean routine(Clause c) {
        return !c.holdsAny(FAULTS) && !c.has(Cue.HEALTH);
    }

    private static Mention.Count first(Clause c) {
        var counts = c.all(Mention.Count.class);
        return counts.isEmpty() ? null : counts.get(0);
    }

    private static int at(Clause c, Cue cue) {
        int at = c.at(cue);
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
