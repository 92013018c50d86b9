package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "先走的10个人晚饭就不吃了", "先走的20个吃完再走": people named by a move (a movement verb, 的, then the people)
 * in a clause that says what they do about a meal, with no day, time or ticket of its own, point at a movement
 * said before; the clause reports no movement.
 */
final class NamedByMove {
    private NamedByMove() {}

    static boolean describes(Clause c) {
        if (!c.has(Cue.EAT) && !c.has(Cue.CANCEL)) return false;
        if (!c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()
                || !c.teams().isEmpty()) return false;
        int end = c.endOf(Cue.DEPART);
        if (end < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        // The people right after 的 (那 or 这 allowed between): a figure of them.
        int at = end + 1;
        if (at < c.end && "那这".indexOf(c.text.charAt(at)) >= 0) at++;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == at) return true;
        return false;
    }

    /** Most characters of a place between the leaving verb and 的 (回武汉的). */
    private static final int PLACE = 4;

    /** Words that leave the people just named out of a figure said beside them. */
    private static final Pattern LEFT_OUT = Pattern.compile(
            "^(?:[那这]?(?:批|些|拨|波|几个|几位|[0-9一二两三四五六七八九十俩仨]+[个位名]))?人?[都就也]?" + "(?:不算在内|不算|不在内|不在|不包括|不含|除外|没算|不计)");

    /**
     * "甘肃明天早饭17个 | 先走的那批不算", "三个回武汉的不算", "4个跟领导走的不在": people named by their move (the leaving verb
     * and 的) and left out of the figure beside them, with no time or ticket of their own, report no movement.
     */
    static boolean leftOut(Clause c) {
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        int end = c.endOf(Cue.DEPART);
        if (end < 0) return false;
        // 回武汉的: a place may stand between the verb and 的.
        int of = end;
        while (of < c.end
                && of - end < PLACE
                && c.text.charAt(of) != '的'
                && Clause.SEPARATORS.indexOf(c.text.charAt(of)) < 0) of++;
        if (of >= c.end || c.text.charAt(of) != '的') return false;
        return LEFT_OUT.matcher(c.text.substring(of + 1, c.end)).find();
    }

    /**
     * "福建先走的16个 | 早饭不吃了", "浙江今天先走的10个人 | 中午不吃了": a statement that is only people named by their
     * move (a delegation or a day before it at most) reports no movement; the departure read from it lends its
     * figure to the meal said next, and is dropped once a meal of the same delegation took that figure.
     */
    static void dropNamedOnly(List<Clause> clauses, Drafts drafts, String original) {
        for (Clause c : clauses) {
            if (!namesOnly(c)) continue;
            String statement = c.words(original);
            drafts.dropIf(d -> d.kind == Draft.Kind.DEPARTURE
                    && d.count != null
                    && statement.equals(d.statement)
                    && lent(d, drafts.list()));
        }
    }

    /** The clause is a delegation or a day at most, 先/提前, the leaving verb, 的, then the people: nothing else. */
    static boolean namesOnly(Clause c) {
        if (c.question || c.movement() != Draft.Kind.DEPARTURE) return false;
        int verb = c.at(Cue.DEPART);
        int end = c.endOf(Cue.DEPART);
        if (verb < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        StringBuilder before = new StringBuilder(c.text.substring(c.start, verb));
        for (Mention m : c.mentions)
            if (m.end() <= verb && (m instanceof Mention.Team || m instanceof Mention.Day))
                for (int i = m.start(); i < m.end(); i++) before.setCharAt(i - c.start, ' ');
        if (!LEAD.matcher(before).replaceAll("").isEmpty()) return false;
        int at = end + 1;
        if (at < c.end && "那这".indexOf(c.text.charAt(at)) >= 0) at++;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() == at)
                return c.text.substring(n.end(), c.end).replace("人", "").isBlank();
        return false;
    }

    private static final Pattern LEAD = Pattern.compile("[\\s的]|先|提前|要|早");

    /** A meal of the departure's delegation with the departure's figure. */
    private static boolean lent(Draft departure, List<Draft> all) {
        for (Draft d : all)
            if (d.meal != null && departure.count.equals(d.count) && java.util.Objects.equals(departure.team, d.team))
                return true;
        return false;
    }
}
