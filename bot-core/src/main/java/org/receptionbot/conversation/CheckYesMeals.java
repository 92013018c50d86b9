package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealRecord;

/**
 * A yes to the 【离会确认】 with the team's meals said beside it ("浙江确认 G1118 中午饭吃了再走 38个", "上海 确认 G1502 早饭打包26份
 * 6点50出发"): the stretches naming a meal (with a bare figure said right after one) are the meal, read as if said alone;
 * the other words are the yes, which must agree with the departure listed ({@link CheckYesDetails}).
 */
final class CheckYesMeals {
    private static final Pattern SEPARATORS = Pattern.compile("[\\s，,；;。]+");
    private static final Pattern YES = Pattern.compile("确认|确定");
    /** A figure said alone after a meal's words ("38个", "26人"), or the eating before leaving ("吃了再走"). */
    private static final Pattern FIGURE =
            Pattern.compile("(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|人|位|名|个|份)?|吃(?:了|完|过)?再?(?:走|出发)");

    /**
     * Where and when packed portions are fetched or brought, said after the packing ("7点半来拿", "6点40来取", "12点前送过来"):
     * part of the meal, never the team's setting off.
     */
    private static final Pattern PICK_UP =
            Pattern.compile("(?:(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：]\\d{2}|点(?:半|\\d{1,2}分?)?)(?:之前|以前|前)?)?"
                    + "(?:要|麻烦|请)?(?:来拿|来取|过来拿|过来取|来领|送过来|送来)");

    private static final Pattern BARE = Pattern.compile("[\\p{IsHan}]{0,6}?\\s*(?:确认|确定)(?:了|无误)?");

    /** The yes, and the meal said beside it. */
    record Split(String said, String meal) {}

    private CheckYesMeals() {}

    /** {@code text} as a yes and the meal said beside it; empty when no meal is named, or the yes is not in the rest. */
    static Optional<Split> split(String text, Event event) {
        List<String> names = event.meals().stream()
                .flatMap(m -> m.names().stream())
                .filter(n -> !n.isBlank())
                .toList();
        List<String> said = new ArrayList<>();
        List<String> meal = new ArrayList<>();
        boolean afterMeal = false;
        boolean packed = false;
        for (String token : SEPARATORS.split(text.strip())) {
            if (token.isEmpty()) continue;
            if (names.stream().anyMatch(token::contains) && !YES.matcher(token).find()) {
                meal.add(token);
                afterMeal = true;
                packed |= token.contains("打包");
            } else if (afterMeal && FIGURE.matcher(token).matches()) {
                meal.add(token);
            } else if (packed && afterMeal && PICK_UP.matcher(token).matches()) {
                // 山西确认 K1158 早饭打包28份 7点半来拿: the pick-up hour is the packing's
                meal.add(token);
            } else {
                said.add(token);
                afterMeal = false;
            }
        }
        if (meal.isEmpty() || said.stream().noneMatch(t -> YES.matcher(t).find())) return Optional.empty();
        return Optional.of(new Split(String.join(" ", said), String.join(" ", meal)));
    }

    /** Whether {@code said} is a bare yes after a team's name at most ("浙江确认", "确认无误"). */
    static boolean bare(String said) {
        return BARE.matcher(said.strip()).matches();
    }

    /**
     * Whether {@code read}, the meal said alone, records meal figures and nothing else (a packing, filed as a meal
     * matter beside its figure, is part of the meal).
     */
    static boolean onlyMeals(ParseOutcome read) {
        return read instanceof ParseOutcome.Understood u
                && u.records().stream().anyMatch(r -> r instanceof MealRecord)
                && u.records().stream()
                        .allMatch(r -> r instanceof MealRecord
                                || r instanceof org.receptionbot.record.Issue i
                                        && i.category() == org.receptionbot.record.IssueCategory.MEAL);
    }
}
