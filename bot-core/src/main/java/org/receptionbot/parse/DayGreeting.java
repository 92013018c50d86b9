package org.receptionbot.parse;

/**
 * "早上好四川对今天中午45个人吃", "晚上好北京明天早饭40": a greeting of a part of the day glued to what follows reads as
 * 你好 and a comma, of the same length, so it names no meal (no breakfast, no dinner) and ends its own clause, as
 * "早上好，四川…" does. 早上好几个没起来 (好几个, several), 晚上好多人 (好多, many), 中午好吃 keep their words.
 */
final class DayGreeting {
    private static final String[] GREETINGS = {"早上好", "早晨好", "上午好", "中午好", "下午好", "晚上好"};

    /** What may follow 好 in a word that is no greeting: 好几个, 好多, 好些, 好像, 好了, 好的, 好点, 好吃. */
    private static final String NOT_AFTER = "几多些像了的点吃久";

    private DayGreeting() {}

    static String fix(String text) {
        char[] out = null;
        for (String g : GREETINGS) {
            for (int at = text.indexOf(g); at >= 0; at = text.indexOf(g, at + 1)) {
                int next = at + g.length();
                if (next >= text.length() || !Normalizer.isHan(text.charAt(next))) continue;
                if (NOT_AFTER.indexOf(text.charAt(next)) >= 0) continue;
                if (out == null) out = text.toCharArray();
                out[at] = '你';
                out[at + 1] = '好';
                out[at + 2] = '，';
            }
        }
        return out == null ? text : new String(out);
    }
}
