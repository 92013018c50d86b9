package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A liaison explaining which bus their people ride: along on another delegation's bus ("我们坐的是湖南的3号车 一起走的",
 * "跟湖南一辆车", "宁夏这几天都是跟新疆9号车一起走"), or the bus number they said being wrong ("车号报错了"). The family
 * reads it at three depths:
 * <ul>
 *   <li>cue words ({@link #drop}): 错了 of the bus number said wrong is the sender's own slip, no problem; 一起走 of
 *       people riding a bus together, with no day or time, is how they ride, no departure;
 *   <li>an issue's delegation ({@link #subjects}): the delegation named as the one whose bus the sender's people ride
 *       ("我们坐湖南的3号车 车坏了" from 青海) is not whose problem it is: the sender's is;
 *   <li>the whole message ({@link #only}): an explanation of riding along, or of the bus number said wrong, with no
 *       figure of people, is talk, not a report to ask about.
 * </ul>
 */
final class RidingAlong {
    /** The bus number said wrong: 车号报错了, 报错车号了. */
    private static final Pattern MIX_UP = Pattern.compile("车号(?:报|说|写|打|发|填|搞|弄)错了?|(?:报|说|写|打|发|填|搞|弄)错了?车号了?");
    /** People riding a bus with others: 一辆车, 同车, 拼车, 一起坐. */
    private static final Pattern ALONG = Pattern.compile("(?:一起|一块儿?)(?:坐|乘)|同一?辆车|一辆车|一个车|一台车|同车|同乘|拼车|搭车|蹭车");
    /** People riding a bus: 坐…的车, 搭…3号车. */
    private static final Pattern RIDES =
            Pattern.compile("(?:坐|乘|搭|蹭)(?:的是|的|了|在)?[^，,。！!？?\\s]{0,8}?的?\\s*(?:\\d{1,3}号车|车|大巴)");
    /** Before a delegation named as the one ridden with: 坐的是, 搭, 跟, 和. */
    private static final Pattern RIDE_BEFORE = Pattern.compile("(?:坐|乘|搭|蹭|跟|和|同|随)(?:的是|的|了|在)?\\s*$");
    /** After a delegation named as the one ridden with: its bus, or riding together. */
    private static final Pattern RIDE_AFTER = Pattern.compile(
            "^(?:代表团|代表队|团|队)?的?\\s*(?:\\d{1,3}\\s*号车|\\d{1,3}车|车|大巴|同车|同一辆|一辆车|一个车|一台车|拼车|一起坐|一块坐|坐的)");
    /** 一起走 / 一块走: walking off together, of people riding a bus together. */
    private static final Pattern TOGETHER = Pattern.compile("(?:一起|一块儿?)$");

    private RidingAlong() {}

    /**
     * Drops the problem word of a bus number said wrong, and the departure word of people riding a bus together when
     * the message names no day, clock time or train.
     */
    static void drop(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        List<int[]> slips = text.indexOf('错') < 0 ? List.of() : spans(MIX_UP, text);
        boolean when = false;
        boolean bus = false;
        for (Mention m : mentions) {
            when |= m instanceof Mention.Day || m instanceof Mention.Clock || m instanceof Mention.Transport;
            bus |= m instanceof Mention.Vehicle;
        }
        boolean ridden = !when && (bus || along(text) || rides(text));
        if (slips.isEmpty() && !ridden) return;
        hits.removeIf(h -> h.cue() == Cue.PROBLEM && inside(h, slips)
                || ridden && h.cue() == Cue.DEPART && togetherOnBus(text, h));
    }

    /** 跟新疆9号车一起走: 走 right after 一起, with a bus or riding along said before it. */
    private static boolean togetherOnBus(String text, CueTable.Hit h) {
        String before = text.substring(Math.max(0, h.start() - 16), h.start());
        if (!text.startsWith("走", h.start()) || !TOGETHER.matcher(before).find()) return false;
        return along(before) || rides(before) || before.matches("(?s).*\\d{1,3}\\s*号车.*");
    }

    /**
     * The delegations of the clause a problem is of: all it names, but one named as the bus the sender's people ride
     * ("坐湖南的3号车", "跟重庆同车的"), when the sender is bound to a delegation (theirs is then the problem's).
     */
    static List<String> subjects(Clause c, Reading reading) {
        if (reading.sender() == null) return c.teams();
        List<String> ids = new ArrayList<>(2);
        for (Mention.Team t : c.all(Mention.Team.class)) if (!ridden(c, t) && !ids.contains(t.id())) ids.add(t.id());
        return ids;
    }

    /** Whether the message names delegations only as the bus the bound sender's people ride along on. */
    static boolean allRidden(List<Clause> clauses, Reading reading) {
        if (reading.sender() == null) return false;
        boolean any = false;
        for (Clause c : clauses)
            for (Mention.Team t : c.all(Mention.Team.class)) {
                if (!ridden(c, t)) return false;
                any = true;
            }
        return any;
    }

    private static boolean ridden(Clause c, Mention.Team t) {
        String before = c.text.substring(Math.max(c.start, t.start() - 4), t.start());
        String after = c.text.substring(t.end(), Math.min(c.end, t.end() + 8));
        return RIDE_BEFORE.matcher(before).find() && RIDE_AFTER.matcher(after).find();
    }

    /**
     * A message that only says which bus people ride, or that the bus number was said wrong, with no figure of people:
     * talk, nothing to ask.
     */
    static boolean only(List<Clause> clauses, String original) {
        boolean along = mixUp(original) || along(original);
        for (Clause c : clauses) {
            for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) return false;
            for (Mention.Team t : c.all(Mention.Team.class)) along |= ridden(c, t);
        }
        return along;
    }

    private static boolean inside(CueTable.Hit h, List<int[]> spans) {
        for (int[] s : spans) if (h.start() >= s[0] && h.end() <= s[1]) return true;
        return false;
    }

    /** Whether {@link #ALONG} finds a match; each of its words holds 车, 乘 or 坐. */
    private static boolean along(String text) {
        return Spans.contains(text, "车乘坐") && ALONG.matcher(text).find();
    }

    /** Whether {@link #RIDES} finds a match; each starts with 坐, 乘, 搭 or 蹭. */
    private static boolean rides(String text) {
        return Spans.contains(text, "坐乘搭蹭") && RIDES.matcher(text).find();
    }

    /** Whether {@link #MIX_UP} finds a match; each holds 错. */
    private static boolean mixUp(String text) {
        return text.indexOf('错') >= 0 && MIX_UP.matcher(text).find();
    }

    private static List<int[]> spans(Pattern p, String text) {
        List<int[]> found = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) found.add(new int[] {m.start(), m.end()});
        return found;
    }
}
