package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure corrected in words, as {@link Amendments} takes it: "不对，是29人", "改成29", "应该是29人", "不对 早饭是40",
 * "不对 晚上也是40个" (the meal said like another one of the report), with a remark after it that has no figure ("不对，是29人
 * 浙江那个不算"). It corrects the report's record, on that record's day, never the same meal today.
 *
 * @param figure the figure said
 * @param change whether 少 or 加 is said before it ("不对 是少4个"): the direction the report already has, so
 *     the figure replaces the report's and a reduction stays a reduction
 * @param fewer whether that word says fewer (少, 减): a correction said so corrects a reduction of the report, one said
 *     with 加 or 多 an addition
 * @param mealWord the meal named before the figure, as said, or null
 * @param recount whether a count is said to be wrong ("不对 刚才数错了 是41个"): when it corrects no recent report of
 *     the sender it is left to the parser, which counts the sender's bus again
 * @param was the figure said to be corrected ("刚才报的25个要改成24个", "不是20 是22"): only a record with that figure is
 *     corrected;
 *     null when none is said
 */
record SaidCorrection(int figure, boolean change, boolean fewer, String mealWord, boolean recount, Integer was) {
    /** A count said to be wrong ("刚才数错了", "报错了"): a recount of the sender's last report. */
    private static final String RECOUNT = "(?:刚才|刚刚|之前|前面)?(?:数|点|算|报)错了";

    private static final Pattern RECOUNTED = Pattern.compile(RECOUNT);

    /** The words after the figure: a reason, read by {@link CorrectionRemarks}. */
    private static final String REMARK = "([\\s\\S]*)";

    private static final String VERB = "(?:是|应该是|应是|应为|改成|改为|更正为)";
    /** A meal named before the corrected figure ("不对 早饭是40"): only that meal's record is corrected. */
    private static final String MEAL = "(?:(早饭|早餐|早点|午饭|午餐|中饭|中餐|晚饭|晚餐|宵夜|夜宵|早上|中午|晚上)的?(?:人数)?\\s*)?";

    private static final Pattern SAID = Pattern.compile("(?:哦|噢|啊|呃|哎|诶)?[，,\\s]*(?:(?:(?:不对|错了|说错了|写错了|有误|搞错了|更正|"
            + RECOUNT + ")[，,。！!：:\\s]*)+"
            + MEAL + "(?:也|都)?" + VERB + "?|不是[，,。！!\\s]*" + VERB + "|应该是|应是|应为|改成|改为|更正为)\\s*(再?(?:减少|增加|少|减|加|多))?"
            + "\\s*([\\d零一二两三四五六七八九十百]{1,5})\\s*(?:人|个人|个|位|名)?[。！!]*"
            + "(?:[，,。；;！!\\s]+" + REMARK + ")?");

    private static final String FIGURE = "([\\d零一二两三四五六七八九十百]{1,5})\\s*(?:人|个人|个|位|名)?";

    /**
     * "刚才报的25个要改成24个", "之前报的晚饭30人改为28人", "刚才说晚饭45 其实是46": a figure reported before, pointed back
     * to, and the figure in its place, with a remark after it that has no figure.
     */
    private static final Pattern POINTED = Pattern.compile("(?:不好意思|对不起|抱歉)?[，,\\s]*"
            + "(?:(?:刚才|刚刚|之前|前面|上面|上午|早上)(?:报|说|写|发)(?:的|了)?|(?:报|说|写|发)的)" + MEAL + FIGURE
            + "[，,\\s]*(?:不对|错了)?[，,\\s]*(?:要|得|需要|应该|请)?"
            + "(?:改成|改为|更正为|换成|变成|其实是|实际是|实际上是|应该是|应是)\\s*" + FIGURE
            + "[。！!]*(?:[，,。；;！!\\s]+" + REMARK + ")?");
    /** A question or a doubt after the figures: nothing corrected yet. */
    static final Pattern ASKED = Pattern.compile("吗|么|呢|？|\\?|是不是|对不对|对吧");

    /**
     * "不是20 是22", "不对 不是晚饭25个 是24个", "不是20人，而是22人": the figure denied and the figure in its place, with a
     * remark after it that has no figure; as {@link #POINTED}, only a report with the denied figure is corrected.
     */
    private static final Pattern DENIED = Pattern.compile("(?:(?:哦|噢|啊|呃|哎|诶)?[，,\\s]*(?:不对|错了|搞错了|说错了)[，,。！!\\s]*)?"
            + "不是" + MEAL + FIGURE + "[，,。！!\\s]*(?:而|应该|应)?是\\s*" + FIGURE
            + "[。！!]*(?:[，,。；;！!\\s]+" + REMARK + ")?");

    /** Whether {@code text} points back to the figure it corrects or denies it ({@link #POINTED}, {@link #DENIED}). */
    static boolean pointsBack(String text) {
        return POINTED.matcher(text.strip()).matches()
                || DENIED.matcher(text.strip()).matches();
    }

    /** The correction {@code text} is, if it is one. */
    static Optional<SaidCorrection> read(String text) {
        for (Pattern back : new Pattern[] {POINTED, DENIED}) {
            Matcher p = back.matcher(text.strip());
            if (!p.matches() || ASKED.matcher(text).find()) continue;
            int figure = Numbers.read(p.group(3)).orElseThrow();
            int was = Numbers.read(p.group(2)).orElseThrow();
            if (!CorrectionRemarks.explains(p.group(4), Math.abs(was - figure))) return Optional.empty();
            return Optional.of(new SaidCorrection(figure, false, false, p.group(1), false, was));
        }
        Matcher m = SAID.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        if (!CorrectionRemarks.explains(m.group(4), Numbers.read(m.group(3)).orElseThrow())) return Optional.empty();
        boolean recount = RECOUNTED.matcher(text).find();
        return Optional.of(new SaidCorrection(
                Numbers.read(m.group(3)).orElseThrow(),
                m.group(2) != null,
                m.group(2) != null && m.group(2).matches("再?(?:减少|少|减)"),
                m.group(1),
                recount,
                null));
    }
}
