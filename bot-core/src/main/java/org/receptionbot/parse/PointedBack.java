package org.receptionbot.parse;

/**
 * People pointed back at by a pronoun at the start of a movement ("少10人 他们明早先回去", "晚饭少8个 这几个明天一早走",
 * "午饭减6人 那6个坐G1234回去"): the people of the figure just said, a change of a meal or a movement, not the
 * whole delegation.
 */
final class PointedBack {
    /** Pronouns for people said before; 这/那 with a figure is read by {@link #figureAfter}. */
    private static final String[] PRONOUNS = {
        "他们", "她们", "这几个", "那几个", "这几位", "那几位", "这几人", "那几人", "这些人", "那些人", "这些", "那些", "这帮人", "那帮人"
    };
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
        if (at >= c.end) return null;
        for (String p : PRONOUNS) if (text.startsWith(p, at)) return last.count;
        Integer said = figureAfter(text, at, c.end);
        return said != null && said.equals(last.count) ? said : null;
    }

    /** A change of a meal's diners or people moving: a part of the delegation, who can be pointed back at. */
    private static boolean changesPeople(Draft d) {
        return d.kind == Draft.Kind.MEAL_CANCEL || d.kind == Draft.Kind.MEAL_ADD || d.isMovement();
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
