package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * The few who still eat, said beside words that the rest do not: "广西晚上在外面吃 不回来了 就剩3个工作人员在酒店吃",
 * "晚上大部分人不吃 3个人吃", "明早都不在酒店吃 只有两个司机回酒店吃". The figure followed by its eating words (at the
 * hotel, or nowhere said) is the meal's figure, not the number of diners fewer.
 */
final class OnlyDiners {
    /** After the figure: its unit, who they are, an optional place at the hotel, then the eating word. */
    private static final Pattern EATING = Pattern.compile("^\\s*(?:个人|个|位|名|人)?"
            + "(?:[\\p{IsHan}]{0,3}?(?:工作人员|人员|队员|运动员|教练员?|领队|领导|司机|师傅|同志|老师|裁判))?"
            + "\\s*(?:(?:回|在)(?:酒店|宾馆|山庄|驻地|住地|餐厅|这边|这里)(?:里|这边)?)?"
            + "\\s*(?:正常|照常|还)?(?:吃饭|吃|用餐|就餐)(?!不)");

    /** Just before the figure, words that make it a change (少3个人吃) or a question rather than who eats. */
    private static final Pattern CHANGE_BEFORE = Pattern.compile("(?:少|减|多|加|增|又|再|还有|另外|几)\\s*$");

    private OnlyDiners() {}

    /**
     * The figure of the people who eat, in a clause that says others do not eat; null when the clause has none
     * (a figure of people eating away, "有5个人去九院吃", is no such figure).
     */
    static Integer figure(Clause c) {
        Integer found = null;
        for (Mention.Count m : c.current(Mention.Count.class)) {
            if (!EATING.matcher(c.text.substring(m.end(), c.end)).find()) continue;
            String before = c.text.substring(Math.max(c.start, m.start() - 3), m.start());
            if (CHANGE_BEFORE.matcher(before).find()) continue;
            if (found != null && found != m.value()) return null;
            found = m.value();
        }
        return found;
    }
}
