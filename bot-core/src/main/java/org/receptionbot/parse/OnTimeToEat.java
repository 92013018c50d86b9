package org.receptionbot.parse;

/**
 * "辽宁晚饭33 在餐厅吃 三点半准时到", "新疆明早早餐47 麻烦跟餐厅说下我们7点准时到", "河北明天晚饭…5点吃是吧 那我们36个都按时到": after
 * a meal said earlier in the message, coming 准时/按时 (on time) is coming to eat at the meal's hour; the delegation is
 * already here, no arrival. A train or flight on time (G1234准时到), a day said with it (明天3点准时到) or no meal said
 * before stays an arrival.
 */
final class OnTimeToEat {
    /** On time, right before 到 (with 都 between: 都按时到). */
    private static final String[] ON_TIME = {"准时", "按时"};
    /** Meal words said before in the message. */
    private static final String[] MEAL_WORDS = {"宵夜", "夜宵", "晚饭", "晚餐", "晚宴", "午饭", "午餐", "中饭", "早饭", "早餐", "吃"};

    /** A train or flight said before: its being on time is an arrival's (G1234准时到). */
    private static final java.util.regex.Pattern TICKET = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9])(?:[GDCKTZgdcktz]\\d{1,4}|[A-Za-z0-9]{2}\\d{3,4})(?![0-9])");

    private OnTimeToEat() {}

    static boolean test(Clause c) {
        int at = c.at(Cue.ARRIVE);
        if (at <= c.start || c.text.charAt(at) != '到') return false;
        int i = at;
        if (c.text.charAt(i - 1) == '都') i--;
        String onTime = ArrivalScan.before(c.text, i, ON_TIME);
        if (onTime == null) return false;
        String before = c.text.substring(0, i - onTime.length());
        if (TICKET.matcher(before).find()) return false;
        for (Mention.Clock k : c.all(Mention.Clock.class)) if (k.end() > before.length()) return false;
        int meal = lastMeal(before);
        // 明天午饭12点吃是吧 那我们20个都按时到: the day is the meal's; 晚饭20个 明天3点准时到 is an arrival's
        for (Mention.Day d : c.all(Mention.Day.class)) if (d.start() > meal) return false;
        return meal >= 0;
    }

    /** Where the last meal word of {@code text} starts, or -1. */
    private static int lastMeal(String text) {
        int last = -1;
        for (String w : MEAL_WORDS) last = Math.max(last, text.lastIndexOf(w));
        return last;
    }
}
