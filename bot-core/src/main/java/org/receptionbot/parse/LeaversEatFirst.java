package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * People who leave after eating, said after the meal's figure ("早饭35 | 先走的那5个吃了早饭再走", "中午40 | 那3个吃完
 * 午饭再出发"): they eat that meal before leaving, so they are already in its figure; their own figure is no meal
 * count and the clause adds no record. A clock time or a train said with them is left to the movement rules.
 */
final class LeaversEatFirst {
    /** Eaten (吃了, 吃完, 吃过), the meal or 饭, then leaving. */
    private static final Pattern EAT_THEN_LEAVE = Pattern.compile("[个人位名都也 ]*(?:先|要)?吃[了完过好](?:了)?\\s?"
            + "(?:早饭|早餐|午饭|午餐|中饭|中午饭|晚饭|晚餐|饭)?(?:了)?\\s?(?:再|就|然后|以后|后)?\\s?"
            + "(?:走|出发|离开|动身|去机场|去车站|返程)");

    private LeaversEatFirst() {}

    /** Whether {@code c} tells of some of the people of {@code last}'s meal eating it before they leave. */
    static boolean alreadyCounted(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.MEAL_COUNT || last.meal == null || last.count == null) return false;
        if (!c.teams().isEmpty() || Figures.time(c) != null || Figures.transport(c) != null) return false;
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || counts.get(0).value() >= last.count) return false;
        for (Mention.Meals m : c.all(Mention.Meals.class)) if (!m.ids().equals(List.of(last.meal))) return false;
        Mention.Count n = counts.get(0);
        return EAT_THEN_LEAVE.matcher(c.text).region(n.end(), c.end).lookingAt();
    }
}
