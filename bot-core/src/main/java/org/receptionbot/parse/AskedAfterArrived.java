package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * People who say they have arrived, then past a space a question of their own ({@link SpaceBreaks}): "云南55人终于到了
 * 饭还有吗 累死了", "浙江38人 G1234到了 行李车呢？", "我们到站了 出口在哪". The arrival is complete before the space and said
 * as done (the delegation, 我们 or a figure of people, then 到了, 已到, 到站了); the question after it (…吗, …呢, 在哪,
 * 怎么…) asks apart, so it does not make the arrival a question. A question that names people, a delegation, an hour or
 * a day ("还有3个明天到吗") is more of the report and is left to the other rules; so is an arrival asked ("到了吗").
 */
final class AskedAfterArrived {
    private AskedAfterArrived() {}

    /** Said done at the journey's end: 到站了, 落地了, 出站了 (NowSaid reads 到了 and the event's places). */
    private static final Pattern AT_JOURNEY_END = Pattern.compile("(到站|落地|出站|下车|下飞机|下高铁)(了|啦)\\s*$");

    /** Still to come or asked: 快到了, 马上到了, 到了吗. */
    private static final Pattern NOT_YET = Pattern.compile("快|马上|就要|没|未|吗|？|\\?");

    /** A question which bus to take. */
    private static final Pattern WHICH_BUS = Pattern.compile("哪[台辆个部]车|几号车|坐哪|上哪");

    /** Words that end a question. */
    private static final String ENDS = "吗么嘛呢?？";

    /** Whether the space at {@code at} ends an arrival said done and a question of its own opens after it. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (!StatementSpans.holds(from, at, hits, Cue.ARRIVE)) return false;
        int line = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(Math.max(from, line), at);
        // 吉林4个已经到了 饿坏了 还有没有吃的: the arrival must be the last phrase before the space, not a remark after it.
        String last = lastPhrase(before);
        if (!(NowSaid.arrivedNow(last) || AT_JOURNEY_END.matcher(last).find()) || !doneLast(last)) return false;
        if (NOT_YET.matcher(before).find()) return false;
        if (!named(before, Math.max(from, line), at, mentions)) return false;
        int end = phraseEnd(text, at + 1);
        if (end <= at + 1) return false;
        String phrase = text.substring(at + 1, end);
        boolean asks = asks(phrase, at + 1, end, hits);
        for (Mention m : mentions) {
            if (m.start() < at + 1 || m.end() > end) continue;
            // 在出站口集合, 累死了: a remark that names nothing is apart too; one that names something may be the report's.
            if (!asks
                    || m instanceof Mention.Team
                    || m instanceof Mention.Count
                    || m instanceof Mention.Clock
                    || m instanceof Mention.Day
                    || m instanceof Mention.Transport) return false;
        }
        // 云南6个人都到东门了 我们坐哪台车？: which bus to take is the pickup's question ({@link PickupAfterArrival}).
        if (asks && WHICH_BUS.matcher(phrase).find()) return false;
        // 我们到站了 出站口没看到接我们的车: a remark apart only when it says something not found or not reached.
        if (!asks
                && !(StatementSpans.holds(at + 1, end, hits, Cue.MISSING)
                        || StatementSpans.holds(at + 1, end, hits, Cue.UNREACHABLE))) return false;
        // 山东队已到 不对 是快到了, 北京下飞机了 都出来了 42: a correction or more of the arrival later on the line.
        if (!asks && laterOnLine(text, end, mentions, hits)) return false;
        return !StatementSpans.holds(at + 1, end, hits, Cue.ARRIVE)
                && !StatementSpans.holds(at + 1, end, hits, Cue.DEPART);
    }

    /** The arrival is said done at the end of the words before the space (到了, 到站了, 到齐了, 已到), not before more. */
    private static boolean doneLast(String before) {
        String s = before.strip();
        if (s.endsWith("了") || s.endsWith("啦") || s.endsWith("齐")) return true;
        int verb = s.lastIndexOf('到');
        return verb >= 0 && verb == s.length() - 1 && (s.contains("已") || s.contains("刚"));
    }

    /** The last phrase of {@code before}: the words after its last space or separator. */
    private static String lastPhrase(String before) {
        String s = before.strip();
        int i = s.length();
        while (i > 0 && "，,。;；!！ ?？".indexOf(s.charAt(i - 1)) < 0) i--;
        return s.substring(i);
    }

    /** A delegation, 我们 or a figure of people said before the space: who arrived. */
    private static boolean named(String before, int from, int at, List<Mention> mentions) {
        if (before.contains("我们") || before.contains("咱们")) return true;
        for (Mention m : mentions)
            if (m.start() >= from
                    && m.end() <= at
                    && (m instanceof Mention.Team || m instanceof Mention.Count n && n.unit())) return true;
        return false;
    }

    /** A figure, an arrival word or a correction later on the line: more of the arrival, said after the remark. */
    private static boolean laterOnLine(String text, int end, List<Mention> mentions, List<CueTable.Hit> hits) {
        int line = text.indexOf('\n', end);
        if (line < 0) line = text.length();
        for (Mention m : mentions) if (m.start() >= end && m.end() <= line && m instanceof Mention.Count) return true;
        return StatementSpans.holds(end, line, hits, Cue.ARRIVE)
                || StatementSpans.holds(end, line, hits, Cue.CORRECTION)
                || StatementSpans.holds(end, line, hits, Cue.QUESTION)
                || StatementSpans.holds(end, line, hits, Cue.REQUEST);
    }

    /** A question: it ends with a question word or mark, or holds a question cue (在哪, 怎么, 有没有). */
    private static boolean asks(String phrase, int from, int to, List<CueTable.Hit> hits) {
        String s = phrase.strip();
        if (s.isEmpty()) return false;
        if (ENDS.indexOf(s.charAt(s.length() - 1)) >= 0) return true;
        return StatementSpans.holds(from, to, hits, Cue.QUESTION);
    }

    /** Where the phrase after the space ends: the next separator (a question mark kept), or the end of the text. */
    private static int phraseEnd(String text, int start) {
        int i = start;
        while (i < text.length() && "，,。;；!！\n ?？".indexOf(text.charAt(i)) < 0) i++;
        if (i < text.length() && "?？".indexOf(text.charAt(i)) >= 0) i++;
        return i;
    }
}
