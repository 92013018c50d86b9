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
 * A meal's diners told in parts, then their total: "晚饭分两批吃 先30个后25个 一共还是55个", "运动员30 教练6 司机2 合计38人",
 * "18点一批20人 19点半一批16人 共36人", "午饭有6个人要带走 其他人现在过来 总数还是42", "中午也去九院 … 一共40人". When the
 * total ends the message and the figures before it are its parts (none, smaller ones, or ones adding up to it), the
 * total is the meal's count: the meal is what the words up to the meal word read with the total beside them, and the parts are
 * neither counts of their own nor asked about.
 */
final class TotalAfterParts {
    private static final String NUM = FinalMealFigure.NUM;
    private static final String UNIT = FinalMealFigure.UNIT;
    /** Everything before the total, the total word, then the total ending the message. */
    private static final Pattern TOTAL = Pattern.compile(
            "^(.+?)[\\s，,。]*(?:一共|总共|总数|总人数|合计|共计|总计|加起来|共)(?:还是|也是|就是|是|为)?[\\s：:]*" + NUM + UNIT + "[\\p{P}\\s]*$");
    /** A figure of people among the parts: not a clock (18点), a date (23号) or the number of groups (两批, 第一拨). */
    private static final Pattern PART =
            Pattern.compile("(?<![第\\d零一二两三四五六七八九十])" + NUM + "(?![\\d零一二两三四五六七八九十点:：号日批拨轮桌])");

    private static final Pattern CHANGE = Pattern.compile("[加增减少多]");

    private TotalAfterParts() {}

    /** {@code read} with the meal's count the total of its parts, or {@code read} when the message says no such total. */
    static ParseOutcome settled(ParseOutcome read, String original, Function<String, ParseOutcome> reread) {
        // the words every total needs, before any pattern runs
        if (original.indexOf('共') < 0
                        && original.indexOf('总') < 0
                        && !original.contains("合计")
                        && !original.contains("加起来")
                || FinalMealFigure.asked(original)) return read;
        Matcher m = TOTAL.matcher(original.strip());
        if (!m.matches()) return read;
        int total = ChineseNumerals.value(m.group(2));
        String parts = m.group(1);
        Matcher meal = FinalMealFigure.OTHER_MEAL.matcher(parts);
        if (total <= 0 || !meal.find()) return read;
        int mealEnd = meal.end();
        if (meal.find()) return read;
        // 增加司机和志愿者共4人: a total of people added or taken off is the change's ({@link FinalMealFigure} reads 52个
        // 加两个司机 一共54个)
        if (CHANGE.matcher(parts).find() || !within(parts.substring(mealEnd), total)) return read;
        if (!onlyThisMeal(read)) return read;
        MealCount count = FinalMealFigure.meal(reread.apply(parts.substring(0, mealEnd) + " " + total), total);
        if (count == null || !FinalMealFigure.sameMeal(read, count)) return read;
        return new ParseOutcome.Understood(List.of(count), false, read.saidNow());
    }

    /**
     * Whether the figures of people in {@code parts} are parts of {@code total}: none (贵州队中午也去九院 … 一共40人),
     * or ones adding up to it or less (先30个后25个 一共55个; 有6个人要带走 … 总数还是42).
     */
    private static boolean within(String parts, int total) {
        Matcher p = PART.matcher(parts);
        int sum = 0;
        while (p.find()) {
            int v = ChineseNumerals.value(p.group(1));
            if (v <= 0 || v >= total) return false;
            sum += v;
        }
        return sum <= total;
    }

    /** Whether {@code read} holds nothing but meal records and at most questions of what it could not read. */
    private static boolean onlyThisMeal(ParseOutcome read) {
        for (Record r : read.records()) if (!(r instanceof MealRecord)) return false;
        if (read instanceof ParseOutcome.Incomplete i)
            return i.gaps().stream()
                    .allMatch(g -> g.missing() == Gap.Field.UNCLEAR || g.missing() == Gap.Field.CONFIRM);
        return true;
    }
}
