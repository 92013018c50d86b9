package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Figures said beside a vehicle that no rule may read as a figure at all: people still missing with
 * nothing counted ("还差五个没下来"), a vehicle's figure taken back with the vehicle said again ("2号车28 不对
 * 二号车29"), a total over several vehicles ("1、2号车共63人") and seats ("6号7号车加起来90个座", "49座大巴"). They are blanked (positions kept). Figures
 * beside the one counted (应到42, 少一个, 刚上来一个, 报的41是错的) are the head-count rules' own matter
 * ({@link HeadcountFigure}).
 */
final class UncountedFigures {
    private static final String NUM = "(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})";
    private static final String UNIT = "\\s*[人个名位]?";
    private static final String GAP = "[\\s，,]*";
    /** A later day or time said right after people still missing: they come later. */
    private static final String LATER = "(?:明|后天|晚点|晚些|稍后|下午|晚上|今晚|夜里|\\d{1,2}点|下一?[班趟])";

    private static final List<Pattern> PATTERNS = List.of(
            // 还差2个明天到: the ones short coming later are their own arrival (ShortOnes), not left unread.
            Pattern.compile("还差\\s*" + NUM + "\\s*[人个名位](?!\\s*" + LATER + ")"),
            Pattern.compile(NUM + "号车\\s*" + NUM + UNIT + GAP + "(?:哦|噢|啊)?(?:不对|说错了|报错了)" + GAP + "(?=" + NUM + "号车)"),
            Pattern.compile(NUM + "(?:[、,，和及]" + NUM + ")+号(?:车|大巴)[^\\d]{0,4}?(?:共|一共|合计|总共)\\s*" + NUM + UNIT),
            Pattern.compile(NUM + "\\s*个?座位?"));

    private static final Pattern VEHICLE = Pattern.compile("(?:\\d{1,3}|[一二三四五六七八九十]{1,3})号(?:车|大巴|巴士|中巴)|车\\d{1,3}");

    private UncountedFigures() {}

    /** Whether the text can name a vehicle at all (every form of {@link #VEHICLE} has 车 or 巴): no regex otherwise. */
    static boolean mayNameVehicle(String text) {
        // Every match holds 号 before 车, 大巴, 巴士 or 中巴, or 车 before a digit.
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            boolean numbered = c == '号' && (next == '车' || next == '大' || next == '巴' || next == '中');
            if (numbered || c == '车' && next >= '0' && next <= '9')
                return VEHICLE.matcher(text).find();
        }
        return false;
    }

    /** The text with those figures blanked; unchanged when it names no vehicle. */
    static String blank(String text) {
        return mayNameVehicle(text) ? Blanking.blank(text, PATTERNS) : text;
    }
}
