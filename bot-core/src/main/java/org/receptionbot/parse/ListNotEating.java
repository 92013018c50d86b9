package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "接龙 今晚山庄晚饭 不回来吃的 / 河北 4 / 江西 5": a list headed by the people who will not eat there; each line's
 * figure is of diners fewer (MEAL_CANCEL), a line's whole delegation (河北 全团) cancels the meal.
 */
final class ListNotEating {
    /** The header ends with who does not eat: 不吃的, 不回来吃的, 不在山庄吃饭的人. */
    private static final Pattern NOT_EATING =
            Pattern.compile("不(?:回来|回山庄|在山庄|在这|在这里|在这边)?吃(?:饭|早饭|午饭|晚饭)?的(?:人|同志|名单)?(?:接龙)?[:：]?$");

    private ListNotEating() {}

    /** Whether the list's header {@code c} names the people who do not eat. */
    static boolean heads(Clause c) {
        return NOT_EATING.matcher(c.span().strip()).find();
    }

    /** The meal counts a list line drafted from the {@code from}-th draft on, made the line's diners fewer. */
    static void recast(Clause line, Drafts drafts, int from) {
        if (line.has(Cue.EAT) || line.has(Cue.ADD)) return;
        for (Draft d : drafts.since(from)) {
            if (d.kind != Draft.Kind.MEAL_COUNT) continue;
            Draft cancel = drafts.recast(d, Draft.Kind.MEAL_CANCEL);
            // 2. 吉林 全团: no figure on the line, the whole delegation.
            if (d.asPlanned || line.all(Mention.Count.class).isEmpty()) cancel.count = null;
        }
    }
}
