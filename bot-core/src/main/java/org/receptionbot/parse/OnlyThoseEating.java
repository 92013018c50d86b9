package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * "广西今天中午只有四十个人回来吃饭 射弩那几个在场馆吃盒饭": the figure of those who come back to eat is the meal's
 * count. The people eating elsewhere, named after it as a group with no figure, do not turn it into fewer diners.
 */
final class OnlyThoseEating {
    private static final Pattern ONLY = Pattern.compile(
            "^(.*?只(?:有)?(?:回来)?(?:\\d{1,3}|[一二两三四五六七八九十]{1,4})(?:个人|个|人|位)(?:回来)?(?:吃饭|吃|用餐|就餐))(.+)$");
    /** A figure or a meal in the words after: they are a statement of their own. */
    private static final Pattern OWN = Pattern.compile("\\d|[一二两三四五六七八九十俩仨]|早饭|早餐|中午|午饭|晚饭|晚餐|晚上|今晚|宵夜|夜宵|不吃|取消|少");
    /** Where the people named after eat instead. */
    private static final Pattern ELSEWHERE = Pattern.compile("在.{1,8}吃|盒饭|自己吃|外面吃|那边吃");

    private OnlyThoseEating() {}

    /** {@code read} with the meal's count those who come back, or {@code read} when the message says otherwise. */
    static ParseOutcome settled(ParseOutcome read, String original, Function<String, ParseOutcome> reread) {
        // Every match of ONLY holds 只: a message without it needs no regex (and no strip).
        if (original.indexOf('只') < 0) return read;
        Matcher m = ONLY.matcher(original.strip());
        if (!m.matches()
                || OWN.matcher(m.group(2)).find()
                || !ELSEWHERE.matcher(m.group(2)).find()) return read;
        if (!(read instanceof ParseOutcome.Understood)) return read;
        ParseOutcome alone = reread.apply(m.group(1));
        if (!(alone instanceof ParseOutcome.Understood u) || u.records().size() != 1) return read;
        if (!(u.records().get(0) instanceof MealCount meal) || meal.count() == null) return read;
        if (FinalMealFigure.meal(alone, meal.count()) == null || !FinalMealFigure.sameMeal(read, meal)) return read;
        List<Record> kept = new ArrayList<>();
        kept.add(meal);
        for (Record r : read.records()) if (!(r instanceof MealRecord)) kept.add(r);
        return new ParseOutcome.Understood(kept, false, read.saidNow());
    }
}
