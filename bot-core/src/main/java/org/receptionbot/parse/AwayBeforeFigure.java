package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "晚餐有3个去医院看那个崴脚的 晚饭34", "中午有两个在场馆 午饭报30": people of a meal said with 有 and where they go or
 * are, then the same meal's own figure in a later statement. The people are why the figure is what it is; they are
 * neither the meal's count nor a cut of it, and their draft gives way to the figure.
 */
final class AwayBeforeFigure {
    /** 有 and a figure of people, then what they do or where they are (去, 在, 要, 陪, 留, 跟, 没). */
    private static final Pattern AWAY =
            Pattern.compile("有([0-9零一二两三四五六七八九十俩仨]{1,3})(?:个人|个|人|位|名)?" + "(?:队员|运动员|教练)?(?:要|得|还|都|就)?[去在陪留跟没到上参赶回]");

    private AwayBeforeFigure() {}

    /** Drops each meal count or cut read from people away whose meal, day and delegation a later statement counts. */
    static void apply(Drafts drafts) {
        List<Draft> all = drafts.list();
        for (int i = 0; i < all.size(); i++) {
            Draft d = all.get(i);
            if (d.kind != Draft.Kind.MEAL_COUNT && d.kind != Draft.Kind.MEAL_CANCEL
                    || d.count == null
                    || d.meal == null
                    || !away(d)) continue;
            for (int j = i + 1; j < all.size(); j++) {
                Draft later = all.get(j);
                if (later.kind == Draft.Kind.MEAL_COUNT
                        && later.count != null
                        && !later.statement.equals(d.statement)
                        && d.meal.equals(later.meal)
                        && Objects.equals(d.date, later.date)
                        && Objects.equals(d.team, later.team)) {
                    drafts.dropIf(x -> x == d);
                    break;
                }
            }
        }
    }

    /** Whether the draft's figure is that of people said with 有 and where they go or are. */
    private static boolean away(Draft d) {
        Matcher m = AWAY.matcher(d.statement);
        while (m.find()) if (ChineseNumerals.value(m.group(1)) == d.count.intValue()) return true;
        return false;
    }
}
