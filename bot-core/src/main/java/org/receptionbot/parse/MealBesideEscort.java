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
 * A meal's figure, then why some are away: they went along with someone to hospital ("贵州中午是44 又有一个要陪着去医院",
 * "甘肃中午更正为27人，刚才接龙手快写错了，有两个去医院陪护"). The people escorting are the reason the figure is what it
 * is, already out of it; nobody asks for a doctor, so it is no health problem, and the meal's figure stands. Only a
 * message the rules read as a health problem and no meal is settled so; a request (麻烦, 需要, 能不能…) keeps the problem.
 */
final class MealBesideEscort {
    private static final String NUM = FinalMealFigure.NUM;
    /** The meal and its figure, then the reason past a space or a comma. */
    private static final Pattern FIGURE_THEN_REASON =
            Pattern.compile("^(.*?)是?" + NUM + FinalMealFigure.UNIT + "([\\s，,。].*)$");
    /** Going along with someone to hospital or staying with them there. */
    private static final Pattern ESCORT = Pattern.compile("陪.{0,4}(?:医院|看病|就医|输液|检查)|(?:医院|病房).{0,3}陪|陪护|陪床");
    /** A take-back word opening the message (不对 贵州中午是44): the figure it brings is read without it. */
    private static final Pattern TAKEN_BACK = Pattern.compile("^[哦噢嗯\\s]*(?:不对|说错了|更正)[\\s，,：:]*");
    /** Words that ask someone to act. */
    private static final Pattern REQUEST = Pattern.compile("能不能|能否|麻烦|帮忙|请|需要|安排|叫|联系|送");

    private MealBesideEscort() {}

    /** {@code read} with the meal's figure and no health problem, or {@code read} unchanged. */
    static ParseOutcome settled(ParseOutcome read, String original, Function<String, ParseOutcome> reread) {
        if (!original.contains("陪") || FinalMealFigure.asked(original)) return read;
        boolean health = false;
        for (Record r : read.records()) {
            if (r instanceof MealRecord) return read;
            if (r instanceof Issue i && i.category() == IssueCategory.HEALTH) health = true;
        }
        if (!health) return read;
        if (read instanceof ParseOutcome.Incomplete i
                && !i.gaps().stream().allMatch(g -> g.missing() == Gap.Field.UNCLEAR)) return read;
        Matcher m = FIGURE_THEN_REASON.matcher(original.strip());
        if (!m.matches()) return read;
        String reason = m.group(3);
        if (!ESCORT.matcher(reason).find()
                || REQUEST.matcher(reason).find()
                || FinalMealFigure.OTHER_MEAL.matcher(reason).find()) return read;
        int figure = ChineseNumerals.value(m.group(2));
        if (figure <= 0) return read;
        String head = TAKEN_BACK.matcher(m.group(1)).replaceFirst("").strip();
        MealCount meal = FinalMealFigure.meal(reread.apply(head + " " + figure), figure);
        if (meal == null) return read;
        List<Record> kept = new ArrayList<>();
        kept.add(meal);
        for (Record r : read.records())
            if (!(r instanceof Issue i && i.category() == IssueCategory.HEALTH)) kept.add(r);
        return new ParseOutcome.Understood(kept, false, read.saidNow());
    }
}
