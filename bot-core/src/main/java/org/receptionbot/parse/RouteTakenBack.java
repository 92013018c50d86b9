package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A route the sender takes back in the same breath and replaces by another ("大连3个 柳州 哦不对 北海线3个",
 * "北海线减一个 哦说错了 是柳州线减一个", "北海 哦等等 领导说去柳州 柳州线4个"): what was said from the
 * wrong route up to the correction word is blanked before the message is read, so only the route meant is
 * read. A correction followed by the same route, or by a route named before the wrong one ("百色3人 北海5
 * 哦不对百色是4个"), corrects a figure, not the route, and is left alone.
 */
final class RouteTakenBack {
    /** Words that take back what was just said. */
    private static final String[] TAKES_BACK = {"不对", "说错", "打错", "写错", "看错", "搞错", "弄错", "报错", "哦不"};
    /** Words of a pause to think again: a take-back only when a figure follows the route after them. */
    private static final String[] PAUSES = {"等等", "等一下", "等下"};
    /** Most characters between the wrong route and the correction word (北海线减一个 哦说错了). */
    private static final int NEAR = 10;
    /** Most characters between the correction word and the route meant (哦不对 打错了 北海). */
    private static final int NEXT = 16;

    private static final String ENDS = "。！？!?\n";
    /** What the blanked span also takes after the correction word (说错了，). */
    private static final String TRAILING = "了啦呀啊 ,，、";

    private RouteTakenBack() {}

    /** The text with each route taken back blanked; the same string when there is none. */
    static String blank(String text, List<Mention> mentions) {
        List<Mention.Route> routes = new ArrayList<>();
        for (Mention m : mentions) if (m instanceof Mention.Route r) routes.add(r);
        if (routes.size() < 2
                || routes.stream().map(Mention.Route::id).distinct().count() < 2) return text;
        char[] chars = null;
        for (int i = 0; i + 1 < routes.size(); i++) {
            Mention.Route wrong = routes.get(i);
            Mention.Route meant = routes.get(i + 1);
            if (wrong.id().equals(meant.id()) || meant.start() - wrong.end() > NEAR + NEXT) continue;
            // 北海3个百色2个 哦不对 北海是两个: a route named before the wrong one has its figure corrected.
            if (namedBefore(routes, i, meant.id())) continue;
            int end = correction(text, wrong, meant, mentions);
            if (end < 0) continue;
            if (chars == null) chars = text.toCharArray();
            while (end < meant.start() && TRAILING.indexOf(text.charAt(end)) >= 0) end++;
            for (int k = wrong.start(); k < end; k++) chars[k] = ' ';
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean namedBefore(List<Mention.Route> routes, int before, String id) {
        for (int k = 0; k < before; k++) if (routes.get(k).id().equals(id)) return true;
        return false;
    }

    /** The end of the correction word between the two routes, or -1 when there is none. */
    private static int correction(String text, Mention.Route wrong, Mention.Route meant, List<Mention> mentions) {
        for (int k = wrong.end(); k < meant.start(); k++) if (ENDS.indexOf(text.charAt(k)) >= 0) return -1;
        for (String w : TAKES_BACK) {
            int at = text.indexOf(w, wrong.end());
            if (at >= 0
                    && at - wrong.end() <= NEAR
                    && at + w.length() <= meant.start()
                    && meant.start() - at - w.length() <= NEXT) return at + w.length();
        }
        for (String w : PAUSES) {
            int at = text.indexOf(w, wrong.end());
            if (at >= 0
                    && at - wrong.end() <= NEAR
                    && at + w.length() <= meant.start()
                    && meant.start() - at - w.length() <= NEXT
                    && figureAfter(meant, mentions)) return at + w.length();
        }
        return -1;
    }

    /** A figure follows the route meant (柳州线4个). */
    private static boolean figureAfter(Mention.Route meant, List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Count && m.start() >= meant.end()) return true;
        return false;
    }
}
