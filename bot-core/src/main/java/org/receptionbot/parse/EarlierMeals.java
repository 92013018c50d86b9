package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * Meals given their figures before the one whose figure is taken back ("甘肃中午29 晚上29个 哦不对 有个队员不舒服 28"):
 * they stay as read, and only the last meal takes the figure meant.
 */
final class EarlierMeals {
    private EarlierMeals() {}

    /**
     * The last meal count of {@code figure} that {@code again} (the words before the old figure, read again with the
     * figure meant) reads, when it reads only meal counts of one delegation; or null.
     */
    static MealCount last(ParseOutcome again, int figure) {
        if (!(again instanceof ParseOutcome.Understood u) || u.records().size() < 2) return null;
        String team = null;
        for (Record r : u.records()) {
            if (!(r instanceof MealCount c) || c.delegation() == null) return null;
            if (team != null && !team.equals(c.delegation())) return null;
            team = c.delegation();
        }
        MealCount last = (MealCount) u.records().get(u.records().size() - 1);
        return figure == (last.count() == null ? -1 : last.count()) ? last : null;
    }

    /**
     * The meal records read before {@code meal}: each record of {@code again} but {@code meal} must be of a meal the
     * message read ({@code read}), and every meal record of {@code read} of one of their meals or {@code meal}'s (the
     * words read again decide each meal's figure); null when the meals differ.
     */
    static List<Record> kept(ParseOutcome read, ParseOutcome again, MealCount meal) {
        if (meal == null) return null;
        List<Record> earlier = new ArrayList<>(again.records());
        earlier.remove(earlier.size() - 1);
        for (Record r : earlier) if (sameMeal(r, meal) || !anyOfMeal(read.records(), (MealCount) r)) return null;
        for (Record r : read.records())
            if (r instanceof MealRecord && !sameMeal(r, meal) && !anyOfMeal(earlier, r)) return null;
        return earlier;
    }

    private static boolean anyOfMeal(List<Record> records, Record r) {
        if (!(r instanceof MealRecord x)) return false;
        for (Record o : records)
            if (o instanceof MealRecord y
                    && x.delegation() != null
                    && x.delegation().equals(y.delegation())
                    && x.date().equals(y.date())
                    && x.meal().equals(y.meal())) return true;
        return false;
    }

    private static boolean sameMeal(Record r, MealCount meal) {
        return r instanceof MealRecord x
                && meal.delegation().equals(x.delegation())
                && meal.date().equals(x.date())
                && meal.meal().equals(x.meal());
    }
}
