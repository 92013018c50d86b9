package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "刚才数错了 3号车重新清点实到42人": a vehicle counted again is a head count that replaces the
 * earlier one, not a problem. When a message has a word of recounting, a vehicle and a figure, the
 * recounting words are blanked (positions kept) so the head-count rules read the rest as they read
 * "3号车实到42人".
 */
final class Recounts {
    private static final Pattern RECOUNT =
            Pattern.compile("(?:刚才|刚刚|之前|前面|上次)?(?:我们)?(?:数错了?|点错了?|清点错了?|报错了?|统计错了?|搞错了?|算错了?)"
                    + "|重新(?:清点|点数|点了|点|数了|数|统计|核对|报)(?:了)?(?:一下|一遍|一次)?");
    static final Pattern VEHICLE = Pattern.compile(
            "(?:\\d{1,3}|[一二三四五六七八九十]{1,3})号(?:车|大巴|巴士|中巴)|车\\d{1,3}" + "|[\\u4e00-\\u9fff][A-Z]·?[A-Z0-9]{5}");
    private static final Pattern FIGURE = Pattern.compile("\\d{1,3}\\s*(?:人|个|位|名)|实到\\s*\\d{1,3}|号车\\s*\\d{1,3}");

    private Recounts() {}

    /** Whether the text can name a vehicle at all (every form of {@link #VEHICLE} has 车 or 巴, or a plate's capital letter): no regex otherwise. */
    static boolean mayNameVehicle(String text) {
        return (text.indexOf('车') >= 0 || text.indexOf('巴') >= 0 || upperCase(text))
                && VEHICLE.matcher(text).find();
    }

    private static final Pattern SHORT = Pattern.compile(
            "(?<=车|巴) ?[^\\s\\d，,。；;！!？?少]{0,4}?少了?(?:一|1|两|2|俩)(?:个|位)?(?:人)?(?= *[0-9一二三四五六七八九十]{1,3}+(?![0-9号车分点:：时岁]))");

    /**
     * "1号车少了一个 33": a vehicle short of people, then its figure, is that figure counted; the
     * shortfall words are blanked (positions kept) so the vehicle and its figure read as a count.
     */
    private static String shortBy(String text) {
        if (text.indexOf('少') < 0) return text;
        Matcher m = SHORT.matcher(text);
        if (!m.find()) return text;
        char[] chars = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) chars[i] = ' ';
        } while (m.find());
        return new String(chars);
    }

    private static boolean upperCase(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') return true;
        return false;
    }

    static String blank(String text) {
        if (!mayNameVehicle(text)) return text;
        text = shortBy(text);
        if (!FIGURE.matcher(text).find()) return text;
        Matcher m = RECOUNT.matcher(text);
        if (!m.find()) return text;
        char[] chars = text.toCharArray();
        do {
            for (int i = m.start(); i < m.end(); i++) chars[i] = ' ';
        } while (m.find());
        return new String(chars);
    }
}
