package org.receptionbot.parse;

/**
 * What is said between 在 or 去 and eating, and around it: a time rather than a place (7点之前), "around there" after a
 * place (场馆那边), a room the meal is brought to, a figure of people in the sentence or right before 在. Read by {@link
 * EatingAway} to tell a place away from the event's own.
 */
final class EatingPlaceSaid {
    private EatingPlaceSaid() {}

    /** What is said between 在 and eating names a time (7点之前, 闭幕式前, 六点半以后), no place. */
    static boolean timeSaid(String said) {
        String s = said.strip();
        for (String w : new String[] {"之前", "以前", "前", "之后", "以后", "后"}) if (s.endsWith(w)) return true;
        return s.contains("点") && !s.contains("店");
    }

    /** In the room, with the meal brought there ({@link RoomMeals}): still served. */
    static boolean roomServed(String place, String text) {
        return place.contains("房") && RoomMeals.brought(text);
    }

    /** Words after a place that only say "around there" (场馆那边, 赛场附近). */
    private static final String[] AROUND = {"那边", "这边", "那里", "这里", "那儿", "附近", "旁边", "边上"};

    /** "场馆那边" -> "场馆": a named place with "around there" after it is that place; "那边" alone stays. */
    static String nearby(String place) {
        for (String w : AROUND) {
            if (place.length() > w.length() + 1 && place.endsWith(w))
                return place.substring(0, place.length() - w.length());
        }
        return place;
    }

    private static final String ENDS = "，,。！!？?；;\n";
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二两三四五六七八九十";
    private static final String UNITS = "人个位名";

    /**
     * Whether the sentence around {@code at} has a figure of people (报40个人…在集训那边吃): then the figure
     * decides what the sentence reports, and a place only said to be "over there" is not read as away.
     */
    static boolean figureAround(String text, int at) {
        int from = at;
        while (from > 0 && ENDS.indexOf(text.charAt(from - 1)) < 0) from--;
        int to = at;
        while (to < text.length() && ENDS.indexOf(text.charAt(to)) < 0) to++;
        for (int i = from; i + 1 < to; i++) {
            if (NUMERALS.indexOf(text.charAt(i)) < 0) continue;
            int j = i + 1;
            while (j < to && NUMERALS.indexOf(text.charAt(j)) >= 0) j++;
            // 中午在赛场那边吃 不回来了 晚上回来吃 35个人: the figure of those coming back for a later meal is that meal's.
            boolean later = i > at
                    && text.substring(at, i).contains(" ")
                    && text.substring(at, i).contains("回来");
            if (j < to && UNITS.indexOf(text.charAt(j)) >= 0 && !later) return true;
            i = j;
        }
        return false;
    }

    /** "有4个在", "有5个人在": some of the delegation, with 有 before their figure, right before {@code at}. */
    static boolean partBefore(String text, int at) {
        int i = at;
        if (i > 0 && text.charAt(i - 1) == '人') i--;
        if (i == 0 || UNITS.indexOf(text.charAt(i - 1)) < 0) return false;
        i--;
        int digits = i;
        while (i > 0 && NUMERALS.indexOf(text.charAt(i - 1)) >= 0) i--;
        return i < digits && i > 0 && text.charAt(i - 1) == '有';
    }
}
