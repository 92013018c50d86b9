package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "刚才数错了 3号车重新清点实到42人": a vehicle counted again is a head count that replaces the
 * earlier one, not a problem. In a message with a vehicle and a figure, the cue words said inside the
 * recounting words are dropped, so the head-count rules read the rest as they read "3号车实到42人"; a figure
 * followed by recounting words ("实到38 刚才数错了 重新数一遍是39人") is taken back ({@link HeadcountFigure}).
 */
final class Recounts {
    private static final Pattern RECOUNT = Pattern.compile(
            "(?:(?:不好意思|抱歉|对不起|不对|错了)[ ,，。!！]*)*(?:(?:我们)?(?:刚才|刚刚|之前|前面|上次)?(?:我们)?(?:数错了?|点错了?|清点错了?|报错了?|统计错了?|搞错了?|算错了?|数漏了?|点漏了?|漏数了?"
                    + "|少数了|多数了|数少了|数多了|点少了|点多了|少点了|多点了|少算了|多算了|算少了|算多了|漏算了)"
                    + "|重新(?:清点|点数|点了|点|数了|数|统计|核对|报)(?:了)?(?:一下|一遍|一次)?"
                    + "|(?:再|又)(?:清点|点数|点了|数了)(?:一下|一遍|一次))");

    /** A count said to be too low or too high (刚才少数了, 多算了), which says it was wrong with no 错 or 漏. */
    private static final String[] OFF_BY = {
        "少数了", "多数了", "数少了", "数多了", "点少了", "点多了", "少点了", "多点了", "少算了", "多算了", "算少了", "算多了"
    };

    private Recounts() {}

    /** Drops the cue words said inside recounting words of a message with a vehicle and a figure. */
    static void drop(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        if (hits.isEmpty() || !mayRecount(text) || !counted(mentions) && !opens(text, mentions)) return;
        Matcher m = RECOUNT.matcher(text);
        while (m.find()) {
            int from = m.start();
            int to = m.end();
            hits.removeIf(h -> h.start() >= from && h.end() <= to);
        }
    }

    private static boolean mayRecount(String text) {
        if (text.indexOf('错') >= 0 || text.indexOf('漏') >= 0 || text.indexOf("重新") >= 0 || text.indexOf("一遍") >= 0)
            return true;
        for (String w : OFF_BY) if (text.contains(w)) return true;
        return false;
    }

    /** "刚才数错了 是32": the message opens with recounting words and says a figure. */
    private static boolean opens(String text, List<Mention> mentions) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        if (!RECOUNT.matcher(text).region(i, text.length()).lookingAt()) return false;
        for (Mention m : mentions) if (m instanceof Mention.Count) return true;
        return false;
    }

    /**
     * Whether words of people left out of a count (漏, 少数了, 点少了) stand between {@code from} and {@code to}: a figure
     * after them is who was missed, not the count.
     */
    static boolean missedBetween(String text, int from, int to) {
        if (text.lastIndexOf('漏', to) > from) return true;
        String between = text.substring(from, to);
        for (String w : OFF_BY) if (w.contains("少") && between.contains(w)) return true;
        return false;
    }

    /** A vehicle and a figure of people. */
    private static boolean counted(List<Mention> mentions) {
        boolean vehicle = false;
        boolean figure = false;
        for (Mention m : mentions) {
            vehicle |= m instanceof Mention.Vehicle;
            figure |= m instanceof Mention.Count;
        }
        return vehicle && figure;
    }

    /** "重新清点是36人": where the clause goes on past the recounting words it opens with (its start when none). */
    static int skip(Clause c) {
        int i = c.start;
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        if (i >= c.end || !mayRecount(c.text)) return c.start;
        Matcher m = RECOUNT.matcher(c.text).region(i, c.end);
        return m.lookingAt() ? m.end() : c.start;
    }

    /**
     * "刚才数错了，是36": the recounting words that alone open the message before the clause, or null
     * when the text before the clause is anything else.
     */
    static String aloneBefore(Clause c) {
        int end = c.start;
        while (end > 0 && Clause.SEPARATORS.indexOf(c.text.charAt(end - 1)) >= 0) end--;
        int i = 0;
        while (i < end && c.text.charAt(i) == ' ') i++;
        if (end == c.start || i >= end || !mayRecount(c.text)) return null;
        Matcher m = RECOUNT.matcher(c.text).region(i, end);
        return m.matches() ? c.text.substring(i, end) : null;
    }

    /** "实到38 刚才数错了 重新数一遍是39人": whether recounting words follow {@code at} in the clause, after a pause. */
    static boolean follow(Clause c, int at) {
        int i = at;
        while (i < c.end && " ,，".indexOf(c.text.charAt(i)) >= 0) i++;
        return i < c.end && RECOUNT.matcher(c.text).region(i, c.end).lookingAt();
    }
}
