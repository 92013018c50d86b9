package org.receptionbot.conversation;

import java.util.regex.Pattern;

/**
 * Figures said with a unit that counts no people: a floor ("5楼", "三层", "2号楼", "3栋"), a length of time ("晚了20分钟",
 * "预计晚到二十分钟", "半个小时", "两个多小时"), a distance ("还有10公里"), a temperature ("烧到38度"), money or an age
 * ("50块", "6岁"): never a figure of diners, so a step that reads a figure from the words reads them with these taken
 * out. A figure with a unit of people ("20个人", "5位") stays one.
 */
final class UnitFigures {
    private static final String NUMBER = "[0-9０-９零一二两三四五六七八九十百半]+(?:\\.[0-9]+)?";
    /** Units of what is no person; 米 is no 米饭/米粉/米线. */
    private static final String UNIT = "(?:分钟|分多钟|小时|钟头|号楼|楼|层|栋|幢|单元|公里|千米|里路|米(?![饭粉线])|度|块钱|块|元|岁|斤)";

    private static final Pattern FIGURE = Pattern.compile(
            "(?<![0-9０-９])" + NUMBER + "\\s*(?:多|来)?\\s*(?:个)?(?:多)?\\s*" + UNIT + "(?:(?<=度)[0-9一二三四五六七八九])?");

    private UnitFigures() {}

    /** {@code text} with each figure of such a unit put as 某 (the unit kept: "晚了某分钟"). */
    static String blank(String text) {
        return FIGURE.matcher(text).replaceAll(m -> m.group().replaceAll("[0-9０-９零一二两三四五六七八九十百半.]+", "某"));
    }
}
