package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "两个发烧的在酒店", "2个受伤的在县医院", "两个感冒的不下来", "早上说的那三个生病的不算在里面": people named by their
 * illness (a count or a pointer, then the illness and 的), said where they are
 * or that they are left out. Beside a figure the message reports, they are who the figure leaves out, no matter to act
 * on, unless care is asked (需要医生, 能不能请医生看一下). They open the clause: 有两个发烧的 tells the illness as news,
 * 河北那两个发烧的现在送县医院了 what happens to them, 还有5个去医院陪那个扭伤的 whom others are with.
 */
final class LeftOutPatients {
    /** A count or a pointer right before the illness: 两个, 2个, 一位, 那三个, 这俩. */
    private static final Pattern COUNTED =
            Pattern.compile("(?:那|这)?[0-9一二两三四五六七八九十俩仨几]+(?:个|位|名)?(?:队员|运动员|娃儿|娃|孩子|小孩|同志|人)?$|(?:那|这)(?:个|位|俩)$");

    private LeftOutPatients() {}

    /** Whether the clause names people by their illness as ones left out of a figure, asking nobody to act. */
    static boolean named(Clause c) {
        if (c.question || c.has(Cue.NEED) || c.has(Cue.REQUEST)) return false;
        return named(c, Cue.HEALTH) || named(c, Cue.CARE);
    }

    private static boolean named(Clause c, Cue cue) {
        int at = c.at(cue);
        if (at < 0) return false;
        int end = c.endOf(cue);
        String before = c.text.substring(c.start, at);
        boolean of = c.text.startsWith("的", end) || c.text.startsWith("了的", end);
        if (!of || !COUNTED.matcher(before).find()) return false;
        String counted =
                before.replaceFirst("(?:那|这)?[0-9一二两三四五六七八九十俩仨几]*(?:个|位|名|俩)?(?:队员|运动员|娃儿|娃|孩子|小孩|同志|人)?$", "");
        // The people open the clause (两个, 早上说的那三个): 还有5个去医院陪那个扭伤的 names whom they are with.
        return counted.isBlank() || counted.endsWith("说的");
    }
}
