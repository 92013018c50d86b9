package org.receptionbot.parse;

import java.util.List;

/**
 * "浙江柳州线7人里面有2个想换到北海线 可以吗", "有1个想换到百色线 还有位置吗": a switch someone wants, asked
 * about (may they, is there room), is not made yet: the bot asks rather than records it.
 */
final class AskedSwitch {
    private static final String[] WANT = {"想换", "想改", "想从", "想去", "想调", "希望换", "希望改", "要求换"};
    private static final String[] ASKS = {
        "可以吗", "可以不", "行吗", "行不行", "能不能", "可不可以", "能换吗", "能改吗", "有位置吗", "有没有位置", "有座位吗", "方便吗"
    };

    private AskedSwitch() {}

    /** Whether the message wants a switch in the clause and asks whether it may be made. */
    static boolean test(Clause c, String original) {
        String said = c.text.substring(c.start, c.end);
        boolean wants = false;
        for (String w : WANT) wants |= said.contains(w);
        if (!wants) return false;
        for (String a : ASKS) if (original.contains(a)) return true;
        return false;
    }

    /** Turns the drafts placed from {@code from} on into a question. */
    static void ask(List<Draft> placed) {
        for (Draft d : placed) if (d.missing == null) d.missing = org.receptionbot.message.Gap.Field.UNCLEAR;
    }
}
