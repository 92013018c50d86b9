package org.receptionbot.parse;

import java.util.List;

/**
 * A vehicle short of people, then a figure ("1号车少了一个 33", "7号车上少1人 33"): that figure is the one
 * counted on the vehicle ({@link HeadcountFigure}).
 */
final class ShortfallFigures {
    /** What may not follow the figure after a shortfall for it to be the count: a clock, minutes, an age. */
    private static final String NOT_COUNTED_AFTER = "0123456789号车分点:：时岁";
    /** Longest words between a vehicle and 少 ("这边", "下车点人"). */
    private static final int SHORT_WORDS = 4;

    private ShortfallFigures() {}

    /**
     * "1号车少了一个 33", "6号车这边少了两个 35": the vehicle at {@code i} of {@code mentions}, a few words and 少,
     * one or two people short, then a figure after a pause: that figure, the one counted; else null.
     */
    static Mention.Count afterShortfall(String text, List<Mention> mentions, int i) {
        if (i < 0
                || i + 2 >= mentions.size()
                || !(mentions.get(i) instanceof Mention.Vehicle v)
                || !(mentions.get(i + 1) instanceof Mention.Count shortBy)
                || !(mentions.get(i + 2) instanceof Mention.Count n)) return null;
        if (shortBy.value() > 2 || !shortfall(text.substring(v.end(), shortBy.start()))) return null;
        if (!text.substring(shortBy.end(), n.start()).replace("人", "").isBlank()) return null;
        return n.end() < text.length() && NOT_COUNTED_AFTER.indexOf(text.charAt(n.end())) >= 0 ? null : n;
    }

    /**
     * "1号车少了一个 | 33": whether a statement's end at {@code at} falls between a vehicle's shortfall and
     * the figure counted after it, which belong to one statement.
     */
    static boolean splitsShortfall(String text, int from, int at, List<Mention> mentions) {
        int shortAt = text.lastIndexOf('少', at);
        if (shortAt < from) return false;
        for (int i = 0; i + 2 < mentions.size(); i++) {
            Mention shortBy = mentions.get(i + 1);
            if (mentions.get(i).start() >= from
                    && shortBy.end() <= at
                    && mentions.get(i + 2).start() > at) return afterShortfall(text, mentions, i) != null;
        }
        return false;
    }

    /** " 这边少了", "上少": at most a few words, no figure or pause inside, ending with 少 or 少了. */
    private static boolean shortfall(String between) {
        String s = between.startsWith(" ") ? between.substring(1) : between;
        if (s.endsWith("了")) s = s.substring(0, s.length() - 1);
        if (!s.endsWith("少")) return false;
        s = s.substring(0, s.length() - 1);
        if (s.length() > SHORT_WORDS) return false;
        for (int k = 0; k < s.length(); k++)
            if (Character.isDigit(s.charAt(k)) || Clause.SEPARATORS.indexOf(s.charAt(k)) >= 0 || s.charAt(k) == '少')
                return false;
        return true;
    }
}
