package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * Figures said with a unit that counts no people: a floor ("5楼", "三层", "2号楼", "3栋"), a length of time ("晚了20分钟",
 * "预计晚到二十分钟", "半个小时", "两个多小时"), a distance ("还有10公里"), a temperature ("烧到38度"), money or an age
 * ("50块", "6岁"): never a figure of diners. The parser reads no count before a unit of measure ({@link BareNumbers},
 * {@link UnitCounts}; floors not yet, see {@link #UNIT_AFTER}),
 * and a step of the conversation that reads a figure from the words reads them with these taken out ({@link #blank}).
 * A figure with a unit of people ("20个人", "5位") stays one.
 */
public final class UnitFigures {
    private static final String NUMBER = "[0-9０-９零一二两三四五六七八九十百半]+(?:\\.[0-9]+)?";
    /** Units of floors and buildings. */
    private static final String FLOOR = "号楼|楼|层|栋|幢|单元";
    /** Units of time, distance, temperature, money, age and weight; 米 is no 米饭/米粉/米线. */
    private static final String MEASURE = "分钟|分多钟|小时|钟头|公里|千米|里路|米(?![饭粉线])|度|块钱|块|元|岁|斤";
    /** Units of what is no person. */
    private static final String UNIT = "(?:" + FLOOR + "|" + MEASURE + ")";
    /** What may stand between the figure and its unit (20多分钟, 两个多小时, 十来公里). */
    private static final String BETWEEN = "\\s*(?:多|来)?\\s*(?:个)?(?:多)?\\s*";

    private static final Pattern FIGURE =
            Pattern.compile("(?<![0-9０-９])" + NUMBER + BETWEEN + UNIT + "(?:(?<=度)[0-9一二三四五六七八九])?");
    /**
     * A unit of measure right after a figure, glued to it. A floor is left to the rules for now: "有3个昨天就过来了 住5号楼了
     * 剩下6个…到" reads right only while its 5 is a figure (the arrival of the day before and the flight past a space are
     * not read yet).
     */
    private static final Pattern UNIT_AFTER = Pattern.compile("(?:多|来)?(?:个)?(?:多)?(?:" + MEASURE + ")");

    private UnitFigures() {}

    /** {@code text} with each figure of such a unit put as 某 (the unit kept: "晚了某分钟"). */
    public static String blank(String text) {
        return FIGURE.matcher(text).replaceAll(m -> m.group().replaceAll("[0-9０-９零一二两三四五六七八九十百半.]+", "某"));
    }

    /** Whether the figure that ends at {@code end} is said with a unit of measure ("20分钟", "两个多小时", "50块"). */
    static boolean unitAfter(String text, int end) {
        return end < text.length()
                && UNIT_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }
}
