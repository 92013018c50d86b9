package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "青海不是全团走 只是5个人早上6点先走", "我们不是全部都到 先来4个": a movement of the whole delegation denied says who does
 * not move, so the denial becomes spaces (the text keeps its length) and only the part said beside it moves.
 */
final class WholeDenied {
    private static final Pattern DENIED =
            Pattern.compile("并?不是(?:全团|全体|全队|全部|所有人|整个团|大家)都?(?:一起)?(?:走|离开|离会|返程|到|来|抵达)(?![了过])");

    private WholeDenied() {}

    static String fix(String text) {
        if (!text.contains("不是")) return text;
        Matcher m = DENIED.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text);
        do {
            for (int i = m.start(); i < m.end(); i++) out.setCharAt(i, ' ');
        } while (m.find());
        return out.toString();
    }
}
