package org.receptionbot.parse;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What the sender says they said wrong, beside what they mean: a figure said earlier and taken back after the
 * right one ("实到37 刚才说38是错的", "是41个 刚才40是数漏了"), a figure denied after the right one ("是36个人
 * 不是38"), a change denied before the right one ("不是少2个 是加2个") and a meal taken back for another ("午饭
 * 不对 晚饭少3个", "中午少了三个人 哦 不是 是晚饭少三个"). They are blanked (positions kept), so the rules read
 * only what is meant.
 */
final class EarlierFigures {
    private static final String NUM = "(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})";
    private static final String UNIT = "\\s*(?:个人|[人个名位])?";
    private static final String GAP = "[\\s，,。]*";
    /** A figure right before, as a look-behind may say it (bounded). */
    private static final String AFTER_FIGURE = "(?<=(?<![A-Za-z\\d·])" + NUM + "\\s{0,2}(?:个人|[人个名位])?[\\s，,。]{0,3})";

    private static final String MEAL = "(?:早饭|早餐|午饭|午餐|中饭|中午|晚饭|晚餐|晚上|宵夜|夜宵)";
    private static final String OH = "(?:[哦噢喔呃啊额嗯哎唉]\\s*)?";
    private static final String CHANGE = "(?:增加|减少|加|减|少|多)了?";
    private static final List<Pattern> PATTERNS = List.of(
            // 实到37 刚才说38是错的, 是41个 刚才40是数漏了: a figure said before, after the right one.
            // 少4个 刚才少3个是打错了: a change said before and called a typo, after the change meant.
            Pattern.compile(AFTER_FIGURE + "(?:刚才|刚刚|之前|前面|上面)(?:我们?)?(?:说|报|点|数|讲|写)?的?\\s*(?:" + CHANGE + ")?" + NUM
                    + UNIT + "\\s*(?:是错的|有误|不对|是?(?:说|报|点|数|算|写|打|输|填)?错了|是?(?:(?:数|点|算)漏了|漏(?:数|点|算)了))"),
            // 刚才报的35个要改成33个, 原来报的35 现在改33: the figure reported before, up to the word that
            // replaces it; the new figure is the one said.
            Pattern.compile("(?:刚才|刚刚|之前|原来|本来|原先)(?:我们?)?(?:说|报|所报)的?\\s*" + NUM + UNIT
                    + "[\\s，,]{0,2}(?:要|得|现在|目前)?[\\s，,]{0,2}(?=(?:改成|改为|变成|变为|调整为|改)\\s*" + NUM + ")"),
            // 刚才主任报的10个 改成12, 之前领导说的35 现在改33: the figure someone reported before, up to the word
            // that replaces it; the new figure is the one said.
            Pattern.compile("(?:刚才|刚刚|之前|原来|本来|原先)(?:主任|领导|老师|队长|领队|组委会)(?:说|报|所报)的?\\s*" + NUM + UNIT
                    + "[\\s，,]{0,2}(?:要|得|现在|目前)?[\\s，,]{0,2}(?=(?:改成|改为|变成|变为|调整为|改)\\s*" + NUM + ")"),
            // 晚上本来31 现在29, 中午原来35 现在是33: a meal's figure as it was, and 现在 with the figure as it is (not a
            // clock time); a route's (北海线原来4个现在3个) is read by the visit rules.
            Pattern.compile("(?<=(?:" + MEAL + "|明早|今早|今晚|早上|晚宴)[^\\d，,。]{0,6})(?:原来|本来|原先)\\s*" + NUM + UNIT
                    + "[\\s，,]{0,2}(?:现在|目前)(?:是|只有|就)?(?=\\s*" + NUM + "(?!\\s*[点号:：]))"),
            // 人数跟昨天一样 42: the earlier day only likened to, the figure said after it; no day of the statement.
            Pattern.compile("(?<=[跟和同像按照与])(?:昨天|昨日|昨儿|昨个|前天|上次)(?=的?(?:一样|相同|一致)[\\s，,:：]*" + NUM + ")"),
            // 中午30 跟昨天一样, 晚饭35个 和昨天的一样, 中午33 同昨天: an earlier day likened to after the figure says the
            // figure is the same as then, nothing more.
            Pattern.compile(AFTER_FIGURE + "(?:还是|也是|也)?(?:[跟和像与](?:昨天|昨日|昨儿|前天|上次)的?(?:一样|相同|一致)|同(?:昨天|昨日|前天|上次)"
                    + "(?:的?(?:一样|相同|一致))?)的?(?=[\\s，,。!！]|$)"),
            // 午餐：26 → 22: the old figure, an arrow, the new one.
            Pattern.compile("(?<!\\d)(?<!\\d[:：])" + NUM + UNIT + "\\s*(?:→|->|—>|=>)\\s*(?=" + NUM + ")"),
            // 是36个人 不是38: the wrong figure denied after the right one, the message's last figure.
            Pattern.compile(AFTER_FIGURE + "不是\\s*" + NUM + UNIT + "(?=[\\s，,。!！]*(?:[^\\d一二两三四五六七八九十]*)$)"),
            // 不是少2个 是加2个, 不是午饭少3个 而是晚饭: a change denied, then the right one with 是.
            Pattern.compile("不是\\s*" + MEAL + "?" + CHANGE + NUM + UNIT + GAP + "(?=(?:而|应该)?是)"),
            // 少了4个 哦不是少4个 是加4个, 减两个 不对 是加两个: a change taken back, then 是 and the change meant
            // (only the change is blanked: the correction stays, so what follows reads as its reason).
            Pattern.compile(CHANGE + NUM + UNIT + "(?=" + GAP + OH + "(?:不对|不是|说错了|错了|搞错了)" + "(?:\\s*" + CHANGE + "(?:"
                    + NUM + UNIT + ")?)?" + GAP + "(?:应该|其实)?是\\s*" + CHANGE + NUM + ")"),
            // 不是少 是加4个: the change denied with no figure.
            Pattern.compile("(?<=不是)\\s*" + CHANGE + "(?=" + GAP + "是\\s*" + CHANGE + NUM + ")"),
            // 刚才说不吃的3个又要吃了: those who said they would not eat are the subject; they eat after all.
            Pattern.compile("(?:(?:刚才|刚刚|之前)(?:我们?)?)?(?:说|报)?的?不(?:来)?吃(?:饭)?的(?=[^。]{0,8}又(?:要|能|可以)?(?:回来|来)?吃)"),
            // 哦不是 是9个 有几个不回来: a vague reason for the figure corrected, ending the message, is no statement.
            Pattern.compile("(?<=(?:不对|不是|错了)[\\s，,]{0,3}是?\\s{0,2}" + NUM + "\\s{0,2}(?:个人|[人个名位])?[\\s，,]{1,3})"
                    + "有几(?:个人|[个位名])[^\\s，,。\\d]{1,10}[\\s。!！]*$"),
            // 午饭 不对 晚饭, 中午少了三个人 哦 不是 是晚饭, 中午35人 不对 是晚上35人: a meal taken back, then another
            // (是晚上少2个 不是中午: the meal said with 是 is the one meant, the one after 不是 denied).
            Pattern.compile("(?<!(?<!不)是)(" + MEAL + ")(?:(?:" + CHANGE + ")?" + NUM + UNIT + ")?" + GAP + OH
                    + "(?:不对|不是|说错了|错了|搞错了)" + GAP + "(?:应该|其实)?是?\\s*(?=(?!\\1)" + MEAL + "(?!也))"),
            // 中午不是30 是晚上30: the figure denied for one meal, then given to another.
            Pattern.compile("(" + MEAL + ")\\s*不是\\s*(?:" + CHANGE + ")?" + NUM + UNIT + GAP
                    + "(?:而|应该|其实)?是\\s*(?=(?!\\1)" + MEAL + "(?!也))"),
            // 刚才说的中午减6 是晚上减6, 刚才报的早饭30 其实是午饭30: the meal said before, then the one meant with its
            // figure (刚才说的午饭 其实是晚饭, with none, moves an earlier report: it is asked).
            Pattern.compile("(?:刚才|刚刚|之前|前面)(?:我们?)?(?:说|报)的?\\s*(" + MEAL + ")(?:(?:" + CHANGE + ")?" + NUM + UNIT
                    + ")?" + GAP + "(?:不对|说错了|错了|搞错了)?" + GAP + "(?:应该|其实)?是\\s*(?=(?!\\1)" + MEAL
                    + "(?!也)\\s{0,2}(?:" + CHANGE + ")?" + NUM + ")"));

    /**
     * For each of {@link #PATTERNS}, in order, words one of which each of its matches holds: a pattern runs only
     * on a text that has them (most messages that may take something back have a 改 or a 错 and no more).
     */
    private static final List<Predicate<String>> MAY = List.of(
            t -> (t.indexOf('刚') >= 0 || t.contains("之前") || t.contains("前面") || t.contains("上面"))
                    && (t.indexOf('错') >= 0 || t.contains("有误") || t.contains("不对") || t.indexOf('漏') >= 0),
            t -> t.indexOf('改') >= 0 || t.contains("变成") || t.contains("变为") || t.contains("调整为"),
            t -> t.indexOf('改') >= 0 || t.contains("变成") || t.contains("变为") || t.contains("调整为"),
            t -> t.contains("现在") || t.contains("目前"),
            t -> t.contains("一样") || t.contains("相同") || t.contains("一致"),
            EarlierFigures::likenedDay,
            t -> t.indexOf('→') >= 0 || t.indexOf('>') >= 0,
            t -> t.contains("不是"),
            t -> t.contains("不是"),
            EarlierFigures::deniedWord,
            t -> t.contains("不是"),
            t -> t.indexOf('又') >= 0 && t.indexOf('吃') >= 0,
            t -> t.contains("有几"),
            EarlierFigures::deniedWord,
            t -> t.contains("不是"),
            t -> (t.indexOf('刚') >= 0 || t.contains("之前") || t.contains("前面")) && t.indexOf('是') >= 0);

    private EarlierFigures() {}

    /** 不对, 不是, 说错了, 错了, 搞错了: one of them is in the text. */
    private static boolean deniedWord(String t) {
        return t.contains("不对") || t.contains("不是") || t.indexOf('错') >= 0;
    }

    /** 一样/相同/一致, or 同 before an earlier day (同昨天): a likening the text may hold. */
    private static boolean likenedDay(String t) {
        return t.contains("一样")
                || t.contains("相同")
                || t.contains("一致")
                || t.contains("同昨")
                || t.contains("同前")
                || t.contains("同上次");
    }

    /** Whether the text may say anything taken back: no regex otherwise. */
    private static boolean mayTakeBack(String text) {
        return text.contains("不是")
                || text.indexOf('改') >= 0
                || text.contains("现在")
                || text.contains("目前")
                || text.indexOf('→') >= 0
                || text.contains("一样")
                || text.contains("相同")
                || text.contains("一致")
                || text.contains("同昨")
                || text.contains("同前")
                || text.contains("同上次")
                || text.contains("->")
                || text.contains("不对")
                || text.contains("其实是")
                || text.indexOf('刚') >= 0 && text.indexOf('是') >= 0
                || text.contains("错")
                || text.indexOf('漏') >= 0
                || text.indexOf('又') >= 0 && text.indexOf('吃') >= 0;
    }

    /** The text with what is taken back blanked; unchanged when nothing is. */
    static String blank(String text) {
        String t = EarlierMealCorrected.may(text) ? EarlierMealCorrected.blank(text) : text;
        return mayTakeBack(t) ? Blanking.blank(t, PATTERNS, MAY) : t;
    }
}
