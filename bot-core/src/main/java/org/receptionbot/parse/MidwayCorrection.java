package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A meal's figure corrected in the middle of a message, the figure meant right after the correction and the reason
 * after it: "吉林晚饭40个 额 等下 39 有个不吃", "河南明早39 改一下 37 有俩要去赛场布置", "河南队中午36 不对 是37人 刚又回来一个",
 * "广西今晚加三个人 哦不对 四个 还有个裁判也跟我们吃", "山东中午37 晚上40 哦 晚上是39 有一个发烧".
 *
 * <p>Between the two figures stands a correction word (不对, 说错了, 打错了, 等下, 改一下), with or without a filler (哦, 额,
 * 哎) before it, or a filler alone set apart by spaces; the figure meant may carry 是 and the same meal said again
 * (晚上是39). The last figure is the count (or the added or cancelled diners, when that is what the first figure said);
 * the first is no record; the reason is no record of its own, nor is a meal named in it without a figure (有个不吃早饭的).
 * No correction: 等下再说 or 改一下时间 (no figure right after), 哦 对了 还有…, a second meal's own figure (中午37 晚上40,
 * 中午37 哦 晚上40), a figure of people who do something (等下 3个到了).
 */
final class MidwayCorrection {
    private static final String MEAL = "早饭|早餐|早点|明早|早上|中午|午饭|午餐|中饭|晚饭|晚餐|晚宴|晚上|今晚|宵夜|夜宵";
    /** The words that take back the figure before them. */
    private static final String WORD = "(?:不对(?:不对)?|说错了|报错了|打错了|写错了|搞错了|等下|等等|等一下|改一下)";
    /** The old figure, the correction, then at once the figure meant (its meal said again, or none) and the reason. */
    static final Pattern AT_ONCE = Pattern.compile("^(.*?)" + FinalMealFigure.NUM + FinalMealFigure.UNIT
            + "(?:吃饭|吃|用餐|就餐)?(?:了吧|了啊|了|吧|啊|哈)?[\\s，,。]*"
            + "(?:(?:[哦噢喔呃嗯额哎唉][\\s，,]*)?" + WORD + "|[哦噢喔呃额](?=[\\s，,]))"
            + "[\\s，,]*(" + MEAL + ")?是?[\\s，,]*" + FinalMealFigure.NUM + FinalMealFigure.UNIT
            + "((?:[\\s，,。].*)?)$");
    /** A meal given a figure in the reason: another statement. */
    private static final Pattern OWN_FIGURE = Pattern.compile("(?:" + MEAL + ")[是报了\\s]*(?:$|\\d|[一二两三四五六七八九十])");
    /** What, first in the reason, says the people of the figure meant do something: 等下 3个 到了再说. */
    private static final String ACTING = "到走来去回在已出上下还都也没不";

    private MidwayCorrection() {}

    /** Whether {@code text} may hold a correction: most messages hold none of its words. */
    static boolean mayMatch(String text) {
        return text.contains("不对")
                || text.contains("错了")
                || text.contains("等")
                || text.contains("改一下")
                || text.indexOf('哦') >= 0
                || text.indexOf('额') >= 0
                || text.indexOf('呃') >= 0
                || text.indexOf('噢') >= 0
                || text.indexOf('喔') >= 0;
    }

    /**
     * Whether the words of {@code m} (a match of {@link #AT_ONCE}) say one figure corrected: the meal said again
     * before the figure meant is the last meal named before the old figure, the reason gives no meal a figure and
     * does not open with what the people do.
     */
    static boolean corrects(Matcher m) {
        String again = m.group(3);
        if (again != null) {
            String last = null;
            for (Matcher w = Pattern.compile(MEAL).matcher(m.group(1)); w.find(); ) last = w.group();
            if (!again.equals(last)) return false;
        }
        String reason = m.group(5).strip();
        // 还有个裁判也跟我们吃: who else eats is the reason; 还在路上 says what the people do
        if (!reason.isEmpty() && ACTING.indexOf(reason.charAt(0)) >= 0 && !reason.startsWith("还有")) return false;
        return !OWN_FIGURE.matcher(reason).find();
    }

    /**
     * The one added or cancelled meal of {@code figure} that {@code again} reads when every meal record {@code read}
     * gave is of that kind and meal ("加三个人 哦不对 四个"), or null.
     */
    static MealRecord change(ParseOutcome again, ParseOutcome read, int figure) {
        if (!(again instanceof ParseOutcome.Understood u) || u.records().size() != 1) return null;
        Record r = u.records().get(0);
        Integer count =
                r instanceof MealAdd a ? Integer.valueOf(a.count()) : r instanceof MealCancel c ? c.count() : null;
        if (count == null || count != figure || r.delegation() == null) return null;
        MealRecord change = (MealRecord) r;
        for (Record x : read.records())
            if (x instanceof MealRecord y
                    && !(y.getClass() == change.getClass()
                            && change.delegation().equals(y.delegation())
                            && change.date().equals(y.date())
                            && change.meal().equals(y.meal()))) return null;
        return change;
    }
}
