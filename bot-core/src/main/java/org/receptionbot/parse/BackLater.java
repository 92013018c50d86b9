package org.receptionbot.parse;

import java.util.List;

/**
 * People of the event saying when they will be back ("全队后天上午才回得来", "估计七点多才回来", "明天下午才能回来"): coming
 * back from an outing is no departure and no arrival of the delegation; with no meal, figure, vehicle or train
 * beside it the message records nothing and asks nothing (the meals they miss are reported as meals).
 */
final class BackLater {
    /** Ways of saying people will be back (only by then, or able to). */
    private static final String[] BACK = {"才回来", "才回得来", "才能回来", "才回", "回得来", "才能回"};

    private BackLater() {}

    /** Whether the message says only when people come back: no meal, figure, vehicle or transport in any clause. */
    static boolean only(List<Clause> clauses) {
        boolean back = false;
        for (Clause c : clauses) {
            if (!c.all(Mention.Meals.class).isEmpty()
                    || !c.all(Mention.Count.class).isEmpty()
                    || !c.all(Mention.Vehicle.class).isEmpty()
                    || !c.all(Mention.Transport.class).isEmpty()) return false;
            String span = c.span();
            for (String w : BACK) back |= span.contains(w);
        }
        return back;
    }
}
