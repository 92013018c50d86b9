package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A meal eaten, then the team leaving with nothing of its own said about the leaving (no clock, no train), then a
 * figure: "江苏明天中午在餐厅吃完再走 34个", "明天午饭在餐厅吃完再走 一共29个". The figure is the meal's; the leaving after it
 * is the team's planned departure, no record of its own. With the figure said at the meal ("山西中午25 吃完就走") the
 * corpora keep the departure beside the meal, so this step leaves it.
 */
final class EatenThenLeaving {
    private static final Pattern MEAL = Pattern.compile("早饭|早餐|明早|早上|午饭|午餐|中饭|中餐|中午|晚饭|晚餐|今晚|晚上");
    private static final Pattern EATEN_THEN_GOING =
            Pattern.compile("(?:吃完|吃了|吃过|用完餐|用完)(?:饭|午饭|早饭|晚饭|了)?(?:再|就|才|后|以后|之后)?\\s*(?:走|出发|离开|返程)");
    /** Between the leaving and its trailing figure: spaces, a comma, a word of the total. */
    private static final Pattern BEFORE_FIGURE = Pattern.compile("[\\s，,]*(?:一共|总共|共|全团|全部)?\\s*");
    /** After a trailing figure: its unit and the end of the message. */
    private static final Pattern AFTER_FIGURE = Pattern.compile("\\s*(?:个人|个|人|位|名)?[\\s。！!]*");

    private EatenThenLeaving() {}

    /** {@code read} with such a departure taken for the plan and a trailing figure for the meal's. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        Front f = m.front();
        String text = f.text();
        if (text.contains("?") || text.contains("？") || text.contains("吗") || soleBareDeparture(read) == null)
            return read;
        Matcher going = EATEN_THEN_GOING.matcher(text);
        if (!going.find() || going.find()) return read;
        going = EATEN_THEN_GOING.matcher(text);
        going.find();
        Departure leaving = soleBareDeparture(read);
        if (leaving == null || timed(f)) return read;
        int mealEnd = lastMealBefore(text, going.start());
        if (mealEnd < 0) return read;
        Mention.Count trailing = trailingFigure(f, going.end());
        if (trailing == null || hasMeal(read) || leaving.count() == null || leaving.count() != trailing.value())
            return read;
        List<Record> meals = m.reread().apply(text.substring(0, mealEnd) + trailing.value() + "人").records().stream()
                .filter(MealCount.class::isInstance)
                .toList();
        if (meals.size() != 1) return read;
        List<Record> kept = new ArrayList<>(read.records());
        kept.remove(leaving);
        kept.addAll(meals);
        return new ParseOutcome.Understood(kept, false, read.saidNow());
    }

    private static Departure soleBareDeparture(ParseOutcome read) {
        Departure found = null;
        for (Record r : read.records()) {
            if (!(r instanceof Departure d)) continue;
            if (found != null || d.time() != null || d.transport() != null) return null;
            found = d;
        }
        return found;
    }

    private static boolean hasMeal(ParseOutcome read) {
        return read.records().stream().anyMatch(MealCount.class::isInstance);
    }

    private static boolean timed(Front f) {
        return f.mentions().stream().anyMatch(x -> x instanceof Mention.Clock || x instanceof Mention.Transport);
    }

    private static int lastMealBefore(String text, int at) {
        Matcher meal = MEAL.matcher(text.substring(0, at));
        int end = -1;
        while (meal.find()) end = meal.end();
        return end;
    }

    /** The one figure after the leaving, said last in the message, or null. */
    private static Mention.Count trailingFigure(Front f, int from) {
        Mention.Count found = null;
        for (Mention x : f.mentions()) {
            if (x.start() < from) continue;
            if (!(x instanceof Mention.Count c) || found != null) return null;
            found = c;
        }
        if (found == null) return null;
        String text = f.text();
        return BEFORE_FIGURE.matcher(text.substring(from, found.start())).matches()
                        && AFTER_FIGURE.matcher(text.substring(found.end())).matches()
                ? found
                : null;
    }
}
