package org.receptionbot.parse;

import java.util.List;

/**
 * People of the event saying when they will be back ("全队后天上午才回得来", "估计七点多才回来", "明天下午才能回来"): coming
 * back from an outing is no departure and no arrival of the delegation; with no meal, figure, vehicle or train
 * beside it the message records nothing and asks nothing (the meals they miss are reported as meals). Back only on a
 * later day ("全队后天上午才回来") is left to the question the parser asks: a team away overnight misses meals the
 * kitchen would cook, so the liaison is asked to say it in words that record them.
 */
final class BackLater {
    /** Ways of saying people will be back (only by then, or able to). */
    private static final String[] BACK = {"才回来", "才回得来", "才能回来", "才回", "回得来", "才能回"};

    /** A later day named: 明天, 明早, 后天, 25号, 11月25日. */
    private static final java.util.regex.Pattern LATER_DAY =
            java.util.regex.Pattern.compile("明天|明早|明晚|明儿|后天|[0-9０-９一二三四五六七八九十]+\\s*[号日]");

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
            if (LATER_DAY.matcher(span).find()) return false;
            for (String w : BACK) back |= span.contains(w);
        }
        return back;
    }
}
