package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "41个 有个队医也吃", "中午41个 算上队医", "含一个医生": a person named by their job (队医, 医生, 大夫, 护士) counted
 * in a figure or eating with the group is one of the people counted, no one needing care.
 */
final class CountedStaff {
    /** Jobs of people named among those counted. */
    private static final String JOBS = "(?:队医|随队医生|医生|大夫|护士|医务人员)";

    /** Counted or eating: after the job (队医也吃, 医生也算) or before it (算上队医, 包括医生, 含一个大夫). */
    private static final Pattern COUNTED = Pattern.compile(JOBS
            + "(?:们)?(?:也|都|一起|跟我们一起|和我们一起)?(?:吃|要吃|算|算上|算进去|算在内|在内|在里面|报上|报进去)"
            + "|(?:算上|算了|加上|包括|包含|含|连|带上)(?:了)?(?:一个|一位|两个|两位|[0-9一二三四五六七八九十]+[个位名])?(?:的)?"
            + JOBS);

    private static final List<Cue> TROUBLE = List.of(Cue.HEALTH, Cue.ILL, Cue.NEED, Cue.REQUEST);

    private CountedStaff() {}

    /** Whether the clause's care word is a job of someone counted, with no illness or request said. */
    static boolean counted(Clause c) {
        for (Cue t : TROUBLE) if (c.has(t)) return false;
        return COUNTED.matcher(c.span()).find();
    }
}
