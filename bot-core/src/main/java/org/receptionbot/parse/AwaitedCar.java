package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "河南的车到了没 群里说6点40", "江西的车怎么还没到 群里说6点40到": a car asked after, or not come yet, is awaited; the
 * clock said with it is when the car was to come. No one arrives in that statement (the wait may be a problem).
 */
final class AwaitedCar {
    /** A car (的车, 大巴, 5号车 …), then its coming asked (到了没, 来了吗, 到没到) or denied (怎么还没到, 还没来). */
    private static final Pattern AWAITED = Pattern.compile("(?:的车|号车|大巴|中巴|车子|班车|那车|这车|辆车|接站车)(?:子)?"
            + "(?:(?:怎么|咋)?还?(?:没|没有)(?:到|来)|(?:到|来)(?:了)?(?:没有|没|吗|么)|到没到|来没来)");

    private AwaitedCar() {}

    static boolean test(Clause c) {
        if (Figures.people(c) != null || !c.all(Mention.Transport.class).isEmpty()) return false;
        return AWAITED.matcher(c.span()).find();
    }
}
