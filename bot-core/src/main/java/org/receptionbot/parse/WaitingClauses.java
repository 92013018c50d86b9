package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a message with a figure or a train said before their movement ("有8个人去市里"), waiting for
 * the movement verb of a later clause, for {@link Drafts}.
 */
final class WaitingClauses {
    private final List<Clause> ahead = new ArrayList<>();
    /** The clauses last taken ({@link #takePeople}) or cleared, for {@link #putBack}. */
    private List<Clause> taken = List.of();

    void add(Clause c) {
        ahead.add(c);
    }

    void clear() {
        if (!ahead.isEmpty()) taken = List.copyOf(ahead);
        ahead.clear();
    }

    /** The people of the last clause that waited, left waiting; or null. */
    Integer peekPeople() {
        return ahead.isEmpty() ? null : Figures.people(ahead.get(ahead.size() - 1));
    }

    /**
     * "有8个人去市里，晚饭不吃": the people of the last clause that waited, taken by a cancellation of
     * {@code meals}, or the delegation's size by a report that all of it eats ({@code all}); or null. People
     * said with another meal ("早上四十个人…中午不回来吃") are that meal's.
     */
    Integer takePeople(List<String> meals, Lexicon lexicon, boolean all) {
        if (ahead.isEmpty()) return null;
        Clause waiting = ahead.get(ahead.size() - 1);
        for (Mention m : waiting.mentions) {
            List<String> named = m instanceof Mention.Meals x
                    ? x.ids()
                    : m instanceof Mention.Part p && lexicon.mealOf(p.part()) != null
                            ? List.of(lexicon.mealOf(p.part()))
                            : List.of();
            for (String id : named) if (!meals.contains(id)) return null;
        }
        // 广东代表团37人 宵夜不用: the delegation's size said with its name is no part of it (上海两个队员发烧了 counts
        // the people unwell).
        if (!all && Figures.teamSize(waiting) && !unwell(waiting)) return null;
        // 河南 39（含司机2人） 江西 不吃: people inside a figure said before wait for no verb.
        if (FigureParts.onlyParts(waiting)) return null;
        Integer n = Figures.people(waiting);
        if (n != null) {
            taken = List.copyOf(ahead);
            ahead.clear();
        }
        return n;
    }

    /**
     * "北京有个教练身体不舒服", "上海两个队员发烧了": people said unwell with their one figure, who a meal given up next is
     * about.
     */
    static boolean unwell(Clause c) {
        return (c.has(Cue.HEALTH) || c.has(Cue.ILL))
                && c.all(Mention.Count.class).size() == 1;
    }

    /**
     * "湖北的七个 今天中饭不吃 … 10点半走": the people last taken or cleared were the whole delegation, which the
     * cancellation says without them; they wait again for the movement after it.
     */
    void putBack() {
        if (ahead.isEmpty()) ahead.addAll(taken);
        taken = List.of();
    }

    /** The meals of the parts of the day the last clause waiting for a verb names (中午有9人去彩排: lunch). */
    List<String> meals(Lexicon lexicon) {
        if (ahead.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(2);
        for (Mention.Part p : ahead.get(ahead.size() - 1).all(Mention.Part.class)) {
            String id = lexicon.mealOf(p.part());
            if (id != null && !out.contains(id)) out.add(id);
        }
        return out;
    }

    /** Whether the last clause waiting says nothing but a figure and its delegation ("山西28人"). */
    boolean figureAlone() {
        return !ahead.isEmpty() && MealsAfterFigure.figureAlone(ahead.get(ahead.size() - 1)) != null;
    }

    /** Whether clauses wait for the movement verb of a later one. */
    boolean any() {
        return !ahead.isEmpty();
    }

    /** The clauses that waited for a movement, now taken by it. */
    List<Clause> takeAll() {
        List<Clause> before = List.copyOf(ahead);
        ahead.clear();
        return before;
    }
}
