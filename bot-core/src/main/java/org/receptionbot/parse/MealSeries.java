package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * "北京明天早中晚 分别是 40 42 42", "早餐和午餐 30、32", a line "四川 45 45 40" under a header naming
 * three meals: the meals (or the delegation) first, then a run of bare figures, in the clause and in the
 * items that follow it on the same line; the figures go to the meals in the order said.
 */
final class MealSeries {
    private static final String BETWEEN = " 、,，";
    private static final String NUMERALS = "0123456789零一二两三四五六七八九十百";
    private static final String UNITS = "人个位";

    private MealSeries() {}

    /**
     * The figures said one after another after every meal of the clause, or null when the clause does not
     * end in such a run of at least two (its figure is then the one for all its meals).
     */
    static List<Integer> figures(Clause c) {
        List<Integer> figures = new ArrayList<>();
        boolean meal = false;
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Count n && meal) figures.add(n.value());
            else if (m instanceof Mention.Meals || m instanceof Mention.Part || m instanceof Mention.Team) {
                if (!figures.isEmpty()) return null;
                meal = true;
            } else if (!figures.isEmpty()) return null;
        }
        if (figures.isEmpty()) return null;
        int i = c.end;
        while (true) {
            int from = i;
            while (i < c.text.length() && BETWEEN.indexOf(c.text.charAt(i)) >= 0) i++;
            int digits = i;
            while (i < c.text.length() && NUMERALS.indexOf(c.text.charAt(i)) >= 0) i++;
            int value = i > digits && i > from ? ChineseNumerals.value(c.text.substring(digits, i)) : -1;
            if (i < c.text.length() && UNITS.indexOf(c.text.charAt(i)) >= 0) i++;
            boolean ends = i == c.text.length() || BETWEEN.indexOf(c.text.charAt(i)) >= 0 || c.text.charAt(i) == '\n';
            if (value < 0 || !ends || digits == from) break;
            figures.add(value);
        }
        return figures.size() >= 2 ? figures : null;
    }
}
