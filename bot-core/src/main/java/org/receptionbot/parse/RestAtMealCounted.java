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
 * The people who stay and eat, counted after the others are sent elsewhere: "其余5位领导晚上在山庄用餐", "剩1位领导晚餐在
 * 贵宾厅", "剩下3个晚上在酒店吃". Those people are the meal's diners, so a MEAL_ADD the rules read of their figure is the
 * meal's MEAL_COUNT of that figure (not an addition). A stretch with a word that adds (加, 多, 增加, 另外, 再) is left:
 * "其余的再加2位" adds.
 */
final class RestAtMealCounted {
    private static final Pattern REST =
            Pattern.compile("(?:其余|其他|剩下|剩余|剩|留下)的?(?<n>\\d{1,3}|[一二两三四五六七八九十仨俩]{1,3})(?:位|个|人|名)");
    private static final Pattern ADDS = Pattern.compile("加|多|增|另外|再");
    private static final Pattern STRETCH = Pattern.compile("[^\\s，,。；;！!]+");

    private RestAtMealCounted() {}

    /** {@code read} with each MEAL_ADD of such a rest's figure made the meal's count. */
    static ParseOutcome settled(ParseOutcome read, String text) {
        List<Integer> rests = new ArrayList<>();
        Matcher s = STRETCH.matcher(text);
        while (s.find()) {
            Matcher r = REST.matcher(s.group());
            if (r.lookingAt() && !ADDS.matcher(s.group()).find()) rests.add(ChineseNumerals.value(r.group("n")));
        }
        if (rests.isEmpty()) return read;
        List<Record> kept = new ArrayList<>(read.records());
        boolean changed = false;
        for (int i = 0; i < kept.size(); i++)
            if (kept.get(i) instanceof MealAdd a && rests.remove(Integer.valueOf(a.count()))) {
                kept.set(i, new MealCount(a.delegation(), a.date(), a.meal(), a.count()));
                changed = true;
            }
        return changed ? read.withRecords(kept) : read;
    }
}
