package org.receptionbot.parse;

/**
 * "湖北明天早60 中55 晚60", "新疆明天早47 午47 晚47": one character of the day (早, 午, 中, 晚) right after a day word
 * (明天, 今天, 后天, 明日, 今日) and right before a figure that ends the item is that meal's figure. The figure must not
 * be a clock hour: it is said with people (早60人, 晚6个), is above 12, or other meals' figures follow in the same
 * way (明天早8 中8 晚8). 明天早8 出发, 明天早7点, 明天晚2个小时到, 明天晚10 到 are no meal.
 */
final class DayThenMeal {
    private static final String[] DAYS = {"明天", "今天", "后天", "明日", "今日"};
    private static final String BETWEEN = " ,，、;；";
    private static final String PEOPLE = "人个位";

    private DayThenMeal() {}

    /** Whether the character of the day at {@code at} follows a day word and opens a meal's figure. */
    static boolean figure(String text, int at) {
        if (at < 2 || !afterDay(text, at)) return false;
        int from = at + 1;
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) end++;
        if (end == from || end - from > 3) return false;
        int value = Integer.parseInt(text.substring(from, end));
        boolean people = end < text.length() && PEOPLE.indexOf(text.charAt(end)) >= 0;
        int after = people ? end + 1 : end;
        if (after < text.length() && !ends(text.charAt(after))) return false;
        return value > 0 && (people || value > 12 || mealFollows(text, after));
    }

    private static boolean afterDay(String text, int at) {
        for (String day : DAYS) if (text.startsWith(day, at - day.length())) return true;
        return false;
    }

    private static boolean ends(char c) {
        return BETWEEN.indexOf(c) >= 0 || c == '\n' || c == '。';
    }

    /** Whether, after the separators from {@code at}, another one-character meal opens with its figure (中8, 晚8). */
    private static boolean mealFollows(String text, int at) {
        int i = at;
        while (i < text.length() && BETWEEN.indexOf(text.charAt(i)) >= 0) i++;
        return i > at
                && i + 1 < text.length()
                && "午中晚".indexOf(text.charAt(i)) >= 0
                && Character.isDigit(text.charAt(i + 1));
    }
}
