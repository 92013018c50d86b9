package org.receptionbot.parse;

/**
 * 一个都不能少, 一个不少, 一个不落: "all of us", said for emphasis, is no figure of one and no
 * fewer. Each such phrase becomes spaces of the same length, so spans still match.
 */
final class AllPresent {
    private static final String[] PHRASES = {
        "一个都不能少", "一个也不能少", "一个都不少", "一个也不少", "一个不少", "一个都不落", "一个也不落", "一个不落", "一个不差"
    };

    private AllPresent() {}

    static String fix(String text) {
        if (text.indexOf('一') < 0) return text;
        char[] out = null;
        for (String p : PHRASES) {
            for (int at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
                if (out == null) out = text.toCharArray();
                for (int i = at; i < at + p.length(); i++) out[i] = ' ';
            }
        }
        return out == null ? text : new String(out);
    }
}
