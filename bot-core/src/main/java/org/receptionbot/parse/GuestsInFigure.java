package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * Guests said after a meal's figure that already holds them are the figure's reason, not diners on top of it: the
 * figure summed with them ("广东晚饭37 +2 有两个家属", "37+2 两个司机") or the guests said as there among them ("晚饭39
 * 有两个家属"). Said as more ("另外有两个家属也吃", "还有2个司机", "再加两个家属") they stay an addition.
 */
final class GuestsInFigure {
    private static final String FIGURE = "([0-9]{1,3}|[一二两三四五六七八九十俩仨]{1,3})";
    private static final String GUEST = "(?:个|位|名)?(?:" + String.join("|", Lexicon.GUESTS) + ")";
    /** A figure summed with the guests: 37 +2, 37+2, 37加2. */
    private static final Pattern SUM = Pattern.compile("[0-9]{1,3}\\s*[+＋加]\\s*" + FIGURE + "(?![0-9])");
    /** The guests said, maybe as there among the diners (有两个家属); {@code 1} their figure. */
    private static final Pattern SAID = Pattern.compile("(?<![另还再加多])(?:有|是)?" + FIGURE + GUEST);
    /** Words that make the guests more diners: 另外, 还有, 也吃, 一起吃, 过来. */
    private static final Pattern MORE = Pattern.compile("另外|还有|还要|再加|外加|也[吃来要]|一起吃|过来|多[了出]");

    private GuestsInFigure() {}

    /** What was read, without an addition of guests the meal's figure said beside it already holds. */
    static ParseOutcome settled(ParseOutcome read, String text) {
        if (!(read instanceof ParseOutcome.Understood u) || MORE.matcher(text).find()) return read;
        List<Record> kept = new ArrayList<>();
        boolean dropped = false;
        for (Record r : u.records()) {
            if (r instanceof MealAdd a && counted(u.records(), a) && held(text, a.count())) {
                dropped = true;
                continue;
            }
            kept.add(r);
        }
        return dropped ? read.withRecords(kept) : read;
    }

    private static boolean counted(List<Record> records, MealAdd a) {
        return records.stream()
                .anyMatch(r -> r instanceof MealCount c
                        && c.count() != null
                        && c.count() >= a.count()
                        && c.delegation().equals(a.delegation())
                        && c.date().equals(a.date())
                        && c.meal().equals(a.meal()));
    }

    /** Whether the text sums the figure with {@code n} or says {@code n} guests as there among the diners. */
    private static boolean held(String text, int n) {
        Matcher sum = SUM.matcher(text);
        boolean summed = false;
        while (sum.find()) summed |= ChineseNumerals.value(sum.group(1)) == n;
        Matcher said = SAID.matcher(text);
        while (said.find())
            if (ChineseNumerals.value(said.group(1)) == n
                    && (summed || said.group().startsWith("有"))) return true;
        return false;
    }
}
