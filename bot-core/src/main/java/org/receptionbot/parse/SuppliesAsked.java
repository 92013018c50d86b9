package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * "广西要20件大衣", "江苏还要34件 上午没领到", "能不能先留34件", "也想借点大衣 15件": a number of pieces of clothing or gear asked for, to be
 * handed out, is a request to act (OTHER). A number given out or taken already (领了39件), a vague one (要几件) or
 * pieces not wanted (不要10件了) asks nothing.
 */
final class SuppliesAsked {
    private static final Pattern ASKED =
            Pattern.compile("(?<![不没只])(?:再|还|也|先)?(?:需要|想要|要|留|借)(?:[0-9０-９]+|[一二两三四五六七八九十百]+)件(?!行李|箱|包)");

    /**
     * "内蒙古这边也想借点大衣 15件", "想借军大衣20件": the thing wished borrowed named between the word and its pieces.
     */
    private static final Pattern BORROWED = Pattern.compile(
            "(?<![不没只])(?:也|还|再)?(?:想|需要|要)?借(?:点|些|一些)?(?!的)\\p{IsHan}{1,4} ?(?:[0-9０-９]+|[一二两三四五六七八九十百]+)件(?!行李|箱|包)");

    private SuppliesAsked() {}

    /** Whether the clause asks for a number of pieces. */
    static boolean said(Clause c) {
        // Every match holds 件 inside the clause: a clause without it needs no regex.
        return c.holds("件")
                && (ASKED.matcher(c.text).region(c.start, c.end).find()
                        || BORROWED.matcher(c.text).region(c.start, c.end).find());
    }
}
