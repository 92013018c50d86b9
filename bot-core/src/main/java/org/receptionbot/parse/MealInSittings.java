package org.receptionbot.parse;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * One meal eaten in sittings, each with its figure and no total said: "警卫局8人 午饭分两批吃 第一批4个11点半 第二批4个12点半",
 * "晚饭分两拨 第一拨20人 第二拨16人". Everyone of the sittings eats: the meal's count is their sum, not the last sitting's.
 * A figure of people said besides the sittings' (警卫局8人) must be that sum, else the message is left as the rules
 * read it; a total said after them is {@link TotalAfterParts}'s.
 */
final class MealInSittings {
    private static final String NUM = FinalMealFigure.NUM;
    /** A sitting with its figure: 第一批4个, 第二拨 16人, 二批4个; the hour after it is not its figure. */
    private static final Pattern SITTING = Pattern.compile(
            "第?[一二三四1-4][批拨轮][^\\d零一二两三四五六七八九十，,。；;\\s]{0,2}\\s*" + NUM + "(?:个人|个|人|位|名)?(?![\\d零一二两三四五六七八九十点:：号日])");
    /** The meal eaten in sittings (分两批吃, 分两拨, 分批吃). */
    private static final Pattern IN_SITTINGS = Pattern.compile("分(?:[两二三3-4]|几)?[批拨轮]");
    /** Any figure of people, to check against the sittings' sum: not a clock, a date or a count of sittings. */
    private static final Pattern FIGURE =
            Pattern.compile("(?<![第\\d零一二两三四五六七八九十分])" + NUM + "(?:个人|个|人|位|名)?(?![\\d零一二两三四五六七八九十点:：号日批拨轮])");

    private MealInSittings() {}

    /** {@code read} with the one meal's count the sum of its sittings, or {@code read} when no such sittings are said. */
    static ParseOutcome settled(ParseOutcome read, String original, Function<String, ParseOutcome> reread) {
        if (!IN_SITTINGS.matcher(original).find() || !onlyMeals(read)) return read;
        Matcher meal = FinalMealFigure.OTHER_MEAL.matcher(original);
        if (!meal.find()) return read;
        int mealEnd = meal.end();
        if (meal.find()) return read;
        int sum = 0;
        int sittings = 0;
        StringBuilder rest = new StringBuilder();
        Matcher s = SITTING.matcher(original);
        int last = 0;
        while (s.find()) {
            if (s.start() < mealEnd) return read;
            sum += ChineseNumerals.value(s.group(1));
            sittings++;
            rest.append(original, last, s.start()).append(' ');
            last = s.end();
        }
        rest.append(original.substring(last));
        if (sittings < 2 || sum <= 0 || !othersAreTheSum(rest.toString(), sum)) return read;
        MealCount count = FinalMealFigure.meal(reread.apply(original.substring(0, mealEnd) + " " + sum), sum);
        if (count == null || !FinalMealFigure.sameMeal(read, count)) return read;
        return new ParseOutcome.Understood(List.of(count), false, read.saidNow());
    }

    /** Whether every figure of people said outside the sittings is their sum (警卫局8人 … 第一批4个 第二批4个). */
    private static boolean othersAreTheSum(String rest, int sum) {
        Matcher f = FIGURE.matcher(rest.replaceAll("[0-9一二两三四五六七八九十]{1,3}\\s*[点:：][0-9半一二三四五十]*分?", " "));
        while (f.find()) if (ChineseNumerals.value(f.group(1)) != sum) return false;
        return true;
    }

    /** Whether {@code read} holds meal records only, and at most questions of what it could not read. */
    private static boolean onlyMeals(ParseOutcome read) {
        if (read.records().isEmpty()) return false;
        for (Record r : read.records()) if (!(r instanceof MealRecord)) return false;
        if (read instanceof ParseOutcome.Incomplete i)
            return i.gaps().stream()
                    .allMatch(g -> g.missing() == Gap.Field.UNCLEAR || g.missing() == Gap.Field.CONFIRM);
        return true;
    }
}
