package org.receptionbot.parse;

import java.util.List;

/** Questions and requests said after a space, for {@link SpaceBreaks}: they are asked apart from what came before. */
final class SpaceQuestions {
    private SpaceQuestions() {}

    /** Words of leaving, for a bus that may go. */
    private static final String[] LEAVING = {"走", "出发", "发车", "开车", "开了", "动身"};

    /** Words that end a question whether to leave (走不走, 可以走了吗, 出发没). */
    private static final String[] ASKING_ENDS = {"吗", "么", "没", "不", "?", "？", "呢"};

    /** The rest of the line is only a question whether to leave: a leaving word, no figure, time or name, asked. */
    static boolean leaveAsked(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = text.indexOf('\n', at + 1);
        if (end < 0) end = text.length();
        for (Mention m : mentions)
            if (m.start() > at && m.end() <= end && !(m instanceof Mention.Day) && !(m instanceof Mention.Part))
                return false;
        boolean leaves = false;
        boolean asks = false;
        for (CueTable.Hit h : hits) {
            if (h.start() <= at || h.end() > end) continue;
            if (h.cue() == Cue.HEADCOUNT) return false;
            leaves |= h.cue() == Cue.DEPART;
            asks |= h.cue() == Cue.QUESTION;
        }
        String rest = text.substring(at + 1, end).strip();
        // 现在可以出发吗: the leaving word of a counted bus may be taken out of the cues (VehicleMoves).
        for (String w : LEAVING) leaves |= rest.contains(w);
        if (!leaves) return false;
        for (String w : ASKING_ENDS) asks |= rest.endsWith(w);
        return asks || rest.contains("不走") || rest.contains("不出发") || rest.contains("不开");
    }

    /** "我们不是报了吗", "早上不是说过了嘛", "不是已经报了吗": asking back whether it was not reported already. */
    private static final java.util.regex.Pattern REPORTED_ASKED = java.util.regex.Pattern.compile(
            "(?:我们|我|咱们)?(?:之前|早上|上午|刚才|前面)?(?:不是|没)(?:已经|早就|都)?(?:报|说|讲|发)(?:过)?(?:了)?(?:的)?"
                    + "(?:吗|么|嘛|呀|啊)(?:[?？])?");

    /**
     * "我们不是报了吗 中午全部在赛场吃 …": a lead-in asking back whether it was not reported already is talk; what
     * follows the space is read on its own.
     */
    static boolean reportedAsked(String text, int from, int at) {
        // Every match holds one of the closing particles: with none between from and at, no regex.
        boolean particle = false;
        for (int i = from; i < at && !particle; i++) particle = "吗么嘛呀啊".indexOf(text.charAt(i)) >= 0;
        return particle
                && REPORTED_ASKED.matcher(text.substring(from, at).strip()).matches();
    }

    /** The rest of the line asks something and names nothing to read (医务室几点开门, 药在哪拿). */
    static boolean bareAsked(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = text.indexOf('\n', at + 1);
        if (end < 0) end = text.length();
        for (Mention m : mentions) if (m.start() > at && m.end() <= end) return false;
        for (CueTable.Hit h : hits) if (h.start() > at && h.end() <= end && h.cue() == Cue.QUESTION) return true;
        return false;
    }

    /**
     * As {@link #bareAsked}, with no arrival or departure word in the question ("接站的车在哪边等啊", not "到了怎么找车呢",
     * which says when).
     */
    static boolean bareAskedStill(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (!bareAsked(text, at, mentions, hits)) return false;
        int end = text.indexOf('\n', at + 1);
        if (end < 0) end = text.length();
        for (CueTable.Hit h : hits)
            if (h.start() > at && h.end() <= end && (h.cue() == Cue.ARRIVE || h.cue() == Cue.DEPART)) return false;
        return true;
    }

    /** What follows the space, to the end of its line, is one question (no space in it, ending with ?). */
    static boolean lastAsks(String text, int at) {
        int end = text.indexOf('\n', at + 1);
        if (end < 0) end = text.length();
        String rest = text.substring(at + 1, end).strip();
        return rest.length() > 1 && rest.indexOf(' ') < 0 && (rest.endsWith("?") || rest.endsWith("？"));
    }

    /** Whether what starts at {@code from} is a request (麻烦…, 请…). */
    static boolean asks(String text, int from, List<CueTable.Hit> hits) {
        // 谁能想到啊 is no request: only 麻烦 and 请 open one here.
        return text.startsWith("麻烦", from) || text.startsWith("请", from);
    }
}
