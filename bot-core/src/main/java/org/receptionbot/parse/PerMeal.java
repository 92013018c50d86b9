package org.receptionbot.parse;

import java.util.List;

/** One figure per meal in one statement ("中午55人晚上60人", "早餐30，午餐32", "中午55 晚上照常"). */
final class PerMeal {

    private PerMeal() {}

    /**
     * "中午55人晚上60人", "中午55 晚上照常": each meal named takes the figure said after it and before the
     * next meal, or "as planned" (a null figure) when 照常 follows it; null unless every meal of the
     * clause has one and at least one is a figure.
     */
    static List<Integer> figures(Clause c, List<String> ms, Lexicon lexicon) {
        if (ms.size() < 2) return null;
        Integer[] figures = new Integer[ms.size()];
        boolean[] given = new boolean[ms.size()];
        int asPlanned = c.at(Cue.AS_PLANNED);
        int current = -1;
        int anchorAt = -1;
        boolean any = false;
        for (Mention m : c.mentions) {
            if (current >= 0 && !given[current] && anchorAt < asPlanned && asPlanned < m.start()) given[current] = true;
            String id = m instanceof Mention.Meals x && x.ids().size() == 1
                    ? x.ids().get(0)
                    : m instanceof Mention.Part p ? lexicon.mealOf(p.part()) : null;
            if (id != null) {
                current = ms.indexOf(id);
                anchorAt = m.start();
            } else if (m instanceof Mention.Count n && current >= 0 && !given[current]) {
                figures[current] = n.value();
                given[current] = any = true;
            }
        }
        if (current >= 0 && !given[current] && asPlanned > anchorAt) given[current] = true;
        for (boolean g : given) if (!g) return null;
        return any ? java.util.Arrays.asList(figures) : null;
    }
}
