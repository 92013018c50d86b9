package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures said as estimates by the word before them, which are no figures (records.md, vague figures): "大概五十个",
 * "估计四十个人", "大约减少15人", "大概少二十个"; and, before a remark that the count is not done ("还没统计完",
 * "还在统计", "待定", "有几个没定"), a figure said only as likely ("可能三十个", "应该二十五个吧"), which
 * {@link #blankRemarks} rewrites as a guess so that every reading of the message sees it so.
 */
final class EstimateWords {
    /**
     * A figure of people: digits or Chinese numerals with a unit of people, 左右/上下, or at the end of the words (大概五十
     * 吧); not a clock, a date, a length of time, money or half (大概一点半, 大约40分钟, 大概一个钟头, 大概一半).
     */
    private static final String FIGURE = "(?:\\d{1,3}|[一二两三四五六七八九十百]{1,4})(?![0-9一二两三四五六七八九十百点时号日月:：.分钟块元岁度天周半])"
            + "(?!个(?:钟|小时|半|多小时|星期|月))"
            + "(?:(?:个人|个|人|位|名)(?:左右|上下)?|左右|上下|(?=$|[\\s，,。;；!！?？~、吧啊呢的吃]))";
    /** Words that say the figure after them is a guess. */
    private static final String GUESS = "大概|大约|约莫|估计|预计|差不多";
    /** A guess right before the figure (大概五十个, 估计有四十个人, 差不多吧46): the whole span is the vague figure. */
    private static final Pattern GUESSED = Pattern.compile("(?:" + GUESS + ")(?:吧|啊|呢)?[ ，,]?(?:是|有|在|要|会有)?" + FIGURE);
    /**
     * A guess before a change (大概少二十个, 估计少了十来个, 大约减少15人): the figure alone is the vague one, the
     * change keeps its word.
     */
    private static final Pattern GUESSED_CHANGE =
            Pattern.compile("(?<=(?:" + GUESS + ")(?:要|会)?(?:少|多|加|减|减少|增加)了?)" + FIGURE);
    /** Likely, not known: a figure after these is a guess only when the count is said not to be done. */
    private static final Pattern LIKELY = Pattern.compile("(?:可能|应该)(?=(?:是|有|会有)?" + FIGURE + ")");
    /** The sender says the count is not done yet. */
    private static final Pattern STILL_COUNTING =
            Pattern.compile("还没统计完|没统计完|还没统计好|还在统计|正在统计|统计中|还没数完|还在数|待定|(?:还有|有)?几个(?:人)?(?:还)?没定");
    /** A guess said anywhere before the remark: a guessing word or a vague figure's mark. */
    private static final Pattern GUESS_BEFORE =
            Pattern.compile(GUESS + "|可能|应该|左右|上下|[0-9一二两三四五六七八九十][来多几]|几十|[二两三四五六七八九]十?[三四五六七八九]");

    private static final Pattern BUS_COUNT = Pattern.compile("实到|清点|点了|上车|车上|没数清|没点清");
    private static final Pattern GUESS_WORD = Pattern.compile(GUESS);
    /** The figure said to come later. */
    private static final Pattern LATER = Pattern.compile("再(?:说|报|确认|定|看|统计|通知)|晚点|回头");
    /** What a guess's word may be followed by before the vague figure of a change (估计少十来个, 差不多要少二十个左右). */
    private static final Pattern BEFORE_CHANGE = Pattern.compile("(?:要|会)?(?:少|多|加|减|减少|增加)了?");

    private EstimateWords() {}

    /** Adds the estimated figures of {@code s} as vague mentions; runs before counts with their unit. */
    static void scan(Spans s) {
        String text = s.text;
        if (!mayHold(text)) return;
        // 6号车大概40人, 实到大概30个: a bus's count said as a guess is the head-count rules' to ask (HeadcountWords).
        if (s.found.stream().anyMatch(m -> m instanceof Mention.Vehicle)
                || BUS_COUNT.matcher(text).find()) return;
        s.find(GUESSED, m -> new Mention.Vague(m.start(), m.end()));
        s.find(GUESSED_CHANGE, m -> new Mention.Vague(m.start(), m.end()));
    }

    /**
     * {@code text} with each remark that the count is not done, said after a guess ("大概五十个 还没统计完", "四十个左右
     * 有几个没定"), read as 待定 (padded with spaces to its length): the sender is only unsure of the figure, which
     * is asked; no header of a tally (统计), no problem (还没), no second vague figure (几个). A remark after no guess
     * ("50个 还没统计完") is left as said.
     */
    static String blankRemarks(String text) {
        return rewrite(text, true);
    }

    /**
     * {@code text} with each figure said as likely (可能三十个, 应该二十五个) before a remark that the count is not done,
     * said after a guess, rewritten as a guess (大概, the same length); the remark itself left as said. The parts of
     * the message the fallback reads alone then keep the guess although they lose the remark.
     */
    static String likelyAsGuesses(String text) {
        return rewrite(text, false);
    }

    private static String rewrite(String text, boolean remarks) {
        if (!text.contains("统计")
                && !text.contains("没定")
                && !text.contains("还在数")
                && !text.contains("没数完")
                && !text.contains("待定")) return text;
        Matcher m = STILL_COUNTING.matcher(text);
        StringBuilder out = null;
        while (m.find()) {
            if (!GUESS_BEFORE.matcher(text).region(0, m.start()).find()) continue;
            if (out == null) out = new StringBuilder(text);
            if (remarks) out.replace(m.start(), m.end(), "待定" + " ".repeat(m.end() - m.start() - 2));
            // 可能三十个 … 还在统计: likely, with the count not done, is a guess like 大概.
            Matcher likely = LIKELY.matcher(text).region(0, m.start());
            while (likely.find()) out.replace(likely.start(), likely.start() + 2, "大概");
        }
        return out == null ? text : out.toString();
    }

    /**
     * Drops the unsure cue of a guess's word right before a change with a vague figure ("估计少十来个"): the guess
     * is the figure's, which is asked, not a plan left for later.
     */
    static void dropGuessHits(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        // 晚上估计少几个 下午比完再说: the figure is put off, the guess stays the sender's reserve.
        if (!anyUnsure(hits) || LATER.matcher(text).find()) return;
        hits.removeIf(h -> h.cue() == Cue.UNSURE
                && GUESS_WORD.matcher(text).region(h.start(), h.end()).matches()
                && beforeVagueChange(h.end(), mentions, text));
    }

    /** Whether a hit is {@link Cue#UNSURE}: with none, there is nothing to drop and no need to look further. */
    private static boolean anyUnsure(List<CueTable.Hit> hits) {
        for (int i = 0, n = hits.size(); i < n; i++) if (hits.get(i).cue() == Cue.UNSURE) return true;
        return false;
    }

    private static boolean beforeVagueChange(int end, List<Mention> mentions, String text) {
        Matcher change = BEFORE_CHANGE.matcher(text).region(end, text.length());
        if (!change.lookingAt() || change.end() == end) return false;
        for (Mention m : mentions) if (m instanceof Mention.Vague && m.start() == change.end()) return true;
        return false;
    }

    /** Whether {@code text} says its count is not done yet ("还没统计完", "待定", "有几个没定"). */
    static boolean stillCounting(String text) {
        return STILL_COUNTING.matcher(text).find();
    }

    /** Whether the remark that starts at {@code at} says the count is not done yet. */
    static boolean stillCountingAt(String text, int at) {
        return STILL_COUNTING.matcher(text).region(at, text.length()).lookingAt();
    }

    private static boolean mayHold(String text) {
        return text.contains("大")
                || text.contains("估")
                || text.contains("预")
                || text.contains("差不多")
                || text.contains("约")
                || text.contains("可能")
                || text.contains("应该");
    }
}
