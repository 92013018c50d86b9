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
    private static final Pattern AWAY = Pattern.compile("有([0-9零一二两三四五六七八九十俩仨]{1,3})(?:个人|个|人|位|名)?"
            + "(?:队员|运动员|教练|裁判|同志|领导)?(?:晚上|中午|今晚|早上)?(?:要|得|还|都|就)?"
            + "(?:[去在陪留跟没到上参赶回]|有(?:饭局|应酬|宴请|约))");

    private AwayBeforeFigure() {}

    /**
     * Drops each meal count or cut read from people away whose meal, day and delegation another statement counts,
     * before or after it ("晚饭47 有3个教练晚上去开领队会 在那边吃", "晚上 3 有一个晚上有饭局"), and people eating in
     * their room when the message asks meals brought there ("晚饭有1个在房间吃 能不能送餐到房间": the figure stays).
     */
    static void apply(Drafts drafts, String original) {
        List<Draft> all = drafts.list();
        boolean roomService = RoomMeals.brought(original);
        for (int i = 0; i < all.size(); i++) {
            Draft d = all.get(i);
            if (d.kind != Draft.Kind.MEAL_COUNT && d.kind != Draft.Kind.MEAL_CANCEL
                    || d.count == null
                    || d.meal == null
                    || !away(d)) continue;
            boolean givesWay = roomService && d.statement.contains("房间");
            for (int j = 0; j < all.size() && !givesWay; j++) {
                Draft other = all.get(j);
                if (j != i
                        && other.kind == Draft.Kind.MEAL_COUNT
                        && other.count != null
                        && (j > i || !away(other))
                        && !other.statement.equals(d.statement)
                        && d.meal.equals(other.meal)
                        && Objects.equals(d.date, other.date)
                        && Objects.equals(d.team, other.team)) givesWay = true;
            }
            if (givesWay) drafts.dropIf(x -> x == d);
        }
    }

    /** Whether the draft's figure is that of people said with 有 and where they go or are. */
    private static boolean away(Draft d) {
        Matcher m = AWAY.matcher(d.statement);
        while (m.find()) if (ChineseNumerals.value(m.group(1)) == d.count.intValue()) return true;
        return false;
    }
}
