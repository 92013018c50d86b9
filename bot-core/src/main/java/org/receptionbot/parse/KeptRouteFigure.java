package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "湖南北海线3个不变 柳州线那边的李处改去北海了", "百色2个不动 北海那边的王处长换到百色", "柳州线照旧4个 百色线的小刘改去柳州":
 * a route's figure said unchanged (不变, 不动, 照旧, 还是) is a statement of its own; a space after it ends it, so the
 * figure is never read as the count of a switch or a drop-out said next.
 */
final class KeptRouteFigure {
    /** The stretch ends with a figure said kept: 3个不变(哈), 2人不动了, 照旧4个, 还是5个人. */
    private static final Pattern KEPT_END = Pattern.compile("(?:(?:不变|不动|照旧|没变|没有变|没动|维持不变|保持不变)[了哈啊呀的吧]*"
            + "|(?:照旧|照常|还是|仍是|仍然是|仍为|依旧|依然)[0-9一二两三四五六七八九十]{1,3}[个人位名]*[了哈啊呀的吧]*)$");

    private KeptRouteFigure() {}

    /** Whether the space at {@code at} ends a route's figure said unchanged, with more said after it. */
    static boolean endsAt(String text, int from, int at, List<Mention> mentions) {
        int route = -1;
        boolean figure = false;
        boolean after = false;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= at) {
                if (m instanceof Mention.Route) route = m.start();
                figure |= route >= 0 && m instanceof Mention.Count;
            }
            after |= m.start() > at;
        }
        return route >= 0
                && figure
                && after
                && KEPT_END.matcher(text.substring(from, at)).find();
    }
}
