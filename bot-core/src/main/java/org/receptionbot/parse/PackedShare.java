package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A meal's figure, then a smaller share of it packed: "河南明天早饭39 打包8份 有8个人6点就要去赛场热身", "早饭33个
 * 有两个6点要去赛场 给他们打包2份", "午饭44个人 其中30份打包". The packed portions are part of the meal's diners, so the
 * meal's count stays the first figure; the packing asked is no record of its own (the kitchen reads it from the
 * report). Packed portions said as more (另外打包, 再打包, 加打包) or not fewer than the figure change nothing here.
 */
final class PackedShare {
    private static final String NUM = FinalMealFigure.NUM;
    private static final String UNIT = FinalMealFigure.UNIT;
    /** The meal's figure, words past a space, then 打包 N份 (or N份…打包). */
    private static final Pattern PACKED = Pattern.compile(
            "^(.*?)" + NUM + UNIT + "([\\s，,].*?)(?:打包(?:的)?" + NUM + "份|" + NUM + "份(?:要|麻烦|需要|帮忙)?打包)(.*)$");
    /** Words saying the packed portions come on top of the figure. */
    private static final Pattern MORE = Pattern.compile("另外|再|加|多|还要|还有|额外");

    private PackedShare() {}

    /** {@code read} with the meal's count the figure said before its packed share, or {@code read} unchanged. */
    static ParseOutcome settled(ParseOutcome read, String original, Function<String, ParseOutcome> reread) {
        if (read instanceof ParseOutcome.NothingToRecord || !original.contains("打包") || FinalMealFigure.asked(original))
            return read;
        Matcher m = PACKED.matcher(original.strip());
        if (!m.matches()) return read;
        String between = m.group(3);
        String tail = m.group(6);
        if (FinalMealFigure.OTHER_MEAL.matcher(between).find()
                || FinalMealFigure.OTHER_MEAL.matcher(tail).find()
                || MORE.matcher(between).find()) return read;
        int whole = ChineseNumerals.value(m.group(2));
        int packed = ChineseNumerals.value(m.group(4) != null ? m.group(4) : m.group(5));
        if (whole <= 0 || packed <= 0 || packed >= whole) return read;
        if (read instanceof ParseOutcome.Incomplete i
                && !i.gaps().stream().allMatch(g -> g.missing() == Gap.Field.UNCLEAR)) return read;
        MealCount meal = FinalMealFigure.meal(reread.apply(m.group(1).strip() + " " + whole), whole);
        if (meal == null || !FinalMealFigure.sameMeal(read, meal)) return read;
        List<Record> kept = new ArrayList<>();
        kept.add(meal);
        for (Record r : read.records())
            if (!(r instanceof MealRecord) && !(r instanceof Issue x && x.category() == IssueCategory.MEAL))
                kept.add(r);
        return new ParseOutcome.Understood(kept, false, read.saidNow());
    }
}
