package org.receptionbot.parse;

/**
 * People pointed back at by a pronoun at the start of a movement ("少10人 他们明早先回去", "晚饭少8个 这几个明天一早走",
 * "午饭减6人 那6个坐G1234回去", "明天早饭打包8份 他们坐7点的高铁回济南"): the people of the figure just said, a
 * change of a meal, a movement or the portions packed for some of the team, not the whole delegation.
 */
final class PointedBack {
    /** Pronouns for people said before; 这/那 with a figure is read by {@link #figureAfter}. */
    private static final String[] PRONOUNS = {
        "他们", "她们", "这几个", "那几个", "这几位", "那几位", "这几人", "那几人", "这些人", "那些人", "这些", "那些", "这帮人", "那帮人"
    };
    /** Portions packed, in either order. */
    private static final java.util.regex.Pattern PACKED = java.util.regex.Pattern.compile(
            "打个?包[^，,。；;！!\\s]{0,4}[0-9一二两三四五六七八九十]+\\s*份|[0-9一二两三四五六七八九十]+\\s*份[^，,。；;！!\\s]{0,4}打个?包");
    /** Words that may open a clause before the pronoun. */
    private static final String[] LEADS = {"那就", "然后", "而且", "另外"};

    private PointedBack() {}

    /** The figure the clause's pronoun points back at, from the statement before; null when it points at none. */
    static Integer figure(Clause c, Draft last) {
        if (last == null || last.count == null || !changesPeople(last)) return null;
        String text = c.text;
        int at = c.start;
        while (at < c.end && text.charAt(at) == ' ') at++;
        for (String w : LEADS) if (text.startsWith(w, at)) at += w.length();
        at = pastMeal(c, at);
        if (at >= c.end) return null;
        for (String p : PRONOUNS) if (text.startsWith(p, at)) return last.count;
        Integer said = figureAfter(text, at, c.end);
        return said != null && said.equals(last.count) ? said : null;
    }

    /** "(打包10份)早餐 他们6点半走": past the meal word the packing ends with, and the space after it. */
    private static int pastMeal(Clause c, int at) {
        for (Mention.Meals m : c.all(Mention.Meals.class)) {
            if (m.start() != at || m.end() >= c.end || c.text.charAt(m.end()) != ' ') continue;
            int i = m.end();
            while (i < c.end && c.text.charAt(i) == ' ') i++;
            return i;
        }
        return at;
    }

    /**
     * A change of a meal's diners, people moving or portions packed (早饭打包8份): a part of the delegation, who can
     * be pointed back at.
     */
    private static boolean changesPeople(Draft d) {
        return d.kind == Draft.Kind.MEAL_CANCEL || d.kind == Draft.Kind.MEAL_ADD || d.isMovement() || packed(d);
    }

    /** A meal's count read from portions packed (打包8份, 8份打包). */
    private static boolean packed(Draft d) {
        return d.kind == Draft.Kind.MEAL_COUNT
                && d.statement != null
                && PACKED.matcher(d.statement).find();
    }

    /** 这6个, 那十个人: the figure after 这/那 with its unit, or null. */
    private static Integer figureAfter(String text, int at, int end) {
        if (at >= end || text.charAt(at) != '这' && text.charAt(at) != '那') return null;
        int from = at + 1;
        int to = UnitCounts.figureEnd(text, from);
        if (to == from || to >= end || "个位人名".indexOf(text.charAt(to)) < 0) return null;
        int n = ChineseNumerals.value(text.substring(from, to));
        return n > 0 ? n : null;
    }
}
