package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.access.Sender;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.message.Gap;
import org.receptionbot.record.MealCount;
import org.receptionbot.summary.MealBoards;

/**
 * A meal's figure said to be another meal's of the same day ("河北晚饭同中午", "晚上跟午饭一样"), which the parser asks
 * for: when the delegation reported that other meal, its figure is taken from the ledger and the answer says so
 * ("按同日午餐已报人数（33人）记录"); when it did not, the question stays.
 */
final class SameAsOtherMeal {
    /** 同中午, 跟午饭一样, 和中午的人数相同: the meal likened to, by its name or part of the day. */
    private static final Pattern SAID =
            Pattern.compile("(?:同|跟|和|与)(?:今天)?(早上|早饭|早餐|早点|中午|午饭|午餐|中饭|中餐|晚上|晚饭|晚餐)(?:的)?(?:人数)?(?:一样|相同|一致)?");

    /** What the other meal gives: the count to record and the answer's note. */
    record Taken(MealCount record, String note) {}

    private final Event event;
    private final MealBoards meals;
    private final MealNames names;

    SameAsOtherMeal(Event event, MealBoards meals) {
        this.event = event;
        this.meals = meals;
        this.names = new MealNames(event);
    }

    /** The figure of the meal the gap's count is likened to, when that meal of the same day was reported; else empty. */
    Optional<Taken> read(Gap gap, Sender sender) {
        if (gap.missing() != Gap.Field.COUNT || !(gap.draft() instanceof MealCount m) || m.meal() == null)
            return Optional.empty();
        Matcher said = SAID.matcher(gap.statement());
        if (!said.find()) return Optional.empty();
        String other = names.idOf(said.group(1));
        String delegation = m.delegation() != null ? m.delegation() : sender.delegation();
        if (other == null || other.equals(m.meal()) || delegation == null || !event.covers(m.date()))
            return Optional.empty();
        Optional<Meal> meal = event.meal(other);
        if (meal.isEmpty()) return Optional.empty();
        DinerCount count = meals.count(m.date(), meal.get(), delegation);
        if (count == null || !count.reported()) return Optional.empty();
        return Optional.of(new Taken(
                new MealCount(delegation, m.date(), m.meal(), count.diners()),
                "按同日" + meal.get().label() + "已报人数（" + count.diners() + "人）记录。"));
    }
}
