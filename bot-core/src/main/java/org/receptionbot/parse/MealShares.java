package org.receptionbot.parse;

/** Whether a meal statement is about the whole delegation or only some of its people. */
final class MealShares {

    private MealShares() {}

    /** "晚饭全部在土家山寨吃": all of the delegation eats the meal at a place (one of the event's, else a cancel cue reads it). */
    static boolean allEat(Clause c) {
        String words = c.text.substring(c.start, c.end);
        int at = words.indexOf('在');
        return c.has(Cue.EAT)
                && !c.has(Cue.REST)
                && at > 0
                && words.indexOf('吃', at) > at
                && (words.contains("全部") || words.contains("全体") || words.contains("全团"));
    }

    static boolean sizeThenAsPlanned(Clause c) {
        if (!c.has(Cue.AS_PLANNED)
                || !Figures.teamSize(c)
                || c.current(Mention.Count.class).size() != 1) return false;
        int figureEnd = c.current(Mention.Count.class).get(0).end();
        for (Mention m : c.mentions)
            if ((m instanceof Mention.Meals || m instanceof Mention.Part) && m.start() >= figureEnd)
                return c.at(Cue.AS_PLANNED) > m.start();
        return false;
    }

    /** Words that point back to some people already spoken of, not to the whole delegation. */
    private static final String[] SOME_OF_THEM = {"他们", "她们", "这些人", "那些人", "这几", "那几", "这部分", "那部分"};

    static boolean someOfThem(Clause c) {
        String words = c.text.substring(c.start, c.end);
        for (String w : SOME_OF_THEM) if (words.contains(w)) return true;
        return false;
    }
}
