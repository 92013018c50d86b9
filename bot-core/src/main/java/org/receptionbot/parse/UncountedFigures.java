package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures said beside a vehicle that are not the number counted on it: the expected figure ("应到42
 * 实到40"), people still missing ("还差五个没下来"), a figure taken back ("实到41 哦不对 42 刚上来一个", "2号车28 不对 二号车29",
 * "报的41是错的 是40") and a total over several vehicles ("1、2号车共63人"). They are blanked (positions kept) so the
 * head-count rules read only the figure counted, or nothing.
 */
final class UncountedFigures {
    private static final String NUM = "(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})";
    private static final String UNIT = "\\s*[人个名位]?";
    private static final String GAP = "[\\s，,]*";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("应(?:该)?到\\s*" + NUM + UNIT + "(?=" + GAP + "实到)"),
            Pattern.compile("还差\\s*" + NUM + "\\s*[人个名位]"),
            Pattern.compile(NUM + "号车\\s*" + NUM + UNIT + GAP + "(?:哦|噢|啊)?(?:不对|说错了|报错了)" + GAP + "(?=" + NUM + "号车)"),
            Pattern.compile(NUM + UNIT + GAP + "(?:哦|噢|啊)?(?:不对|说错了|报错了)" + GAP + "(?:是|应该是)?(?=\\s*" + NUM + ")"),
            Pattern.compile("(?<=\\d[\\s，,]{1,3})(?:刚|又)(?:上来|上车|回来)了?\\s*" + NUM + "\\s*[人个名位]"),
            Pattern.compile("(?:刚才)?报的\\s*" + NUM + UNIT + "(?:是错的|不对|错了)" + GAP + "(?:是|应该是)?(?=\\s*" + NUM + ")"),
            Pattern.compile(NUM + "(?:[、,，和及]" + NUM + ")+号(?:车|大巴)[^\\d]{0,4}?(?:共|一共|合计|总共)\\s*" + NUM + UNIT));

    private UncountedFigures() {}

    /** The text with those figures blanked; unchanged when it names no vehicle. */
    static String blank(String text) {
        if (!Recounts.mayNameVehicle(text)) return text;
        char[] chars = null;
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (chars == null) chars = text.toCharArray();
                for (int i = m.start(); i < m.end(); i++) chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
