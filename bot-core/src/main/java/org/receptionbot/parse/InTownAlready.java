package org.receptionbot.parse;

/**
 * "龙江的5位领导昨天就到南宁了 在外面住的 今天下午3点自己打车过来报到": people said to have come to the event's city on an
 * earlier day (no arrival now), then coming over to register today with no figure of their own: the figure said with
 * them is the registering's. Others (剩下的, 第二批) or a figure of their own are people of their own.
 */
final class InTownAlready {
    /** Words of coming over to the venue to register. */
    private static final String[] REGISTERS = {"报到", "过来", "到山庄", "到酒店", "到宾馆", "入住"};

    private InTownAlready() {}

    /** Keeps the people of {@code c}, an arrival in the event's city on an earlier day, for their registering. */
    static void keep(Clause c, Reading reading, ClauseState state, Drafts drafts) {
        Integer people = Figures.people(c);
        if (people == null) return;
        boolean earlier = false;
        for (Mention.Day d : c.current(Mention.Day.class)) earlier |= d.date().isBefore(reading.today());
        String city = EventCity.of(reading.lexicon().event);
        if (earlier && !city.isEmpty() && c.span().contains("到" + city))
            drafts.inTown().keep(people, reading.who(c, state));
    }

    /** Whether {@code c} is people coming over to register, with no people, delegation, rest or batch of its own. */
    static boolean registers(Clause c) {
        if (Figures.people(c) != null || c.has(Cue.REST) || c.has(Cue.BATCH)) return false;
        if (!c.all(Mention.Vague.class).isEmpty()) return false;
        String said = c.span();
        for (String w : REGISTERS) if (said.contains(w)) return true;
        return false;
    }
}
