package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.parse.Lexicon.MealWord;

/**
 * The event's meal words (its meals' names, the usual words of each serving, the words of several meals) and
 * its meals in serving order, for {@link Lexicon}.
 */
final class MealLexicon {
    // Typed on phones: 晚反/午反 are homophones of 晚饭/午饭.
    private static final String MORNING_WORDS = "早饭 早餐 早点 早茶 早反";
    private static final String NOON_WORDS = "午饭 午餐 中饭 中餐 中午饭 午宴 午反 中反";
    private static final String EVENING_WORDS = "晚饭 晚餐 晚宴 欢迎宴 晚上饭 晚反";
    private static final String LATE_WORDS = "宵夜 夜宵 夜餐";

    final String morningMeal;
    final String noonMeal;
    final String eveningMeal;
    /** The meal served from 21:00 on (宵夜), or null. */
    final String lateMeal;
    /** Every meal word, longest first. */
    final List<MealWord> words;

    private final Map<String, Integer> order = new HashMap<>();
    private final Map<Character, List<MealWord>> byFirst = new HashMap<>();
    private final BitSet firsts = new BitSet(1 << 16);

    MealLexicon(Event event) {
        List<Meal> meals = new ArrayList<>(event.meals());
        meals.sort(Comparator.comparing(Meal::serveFrom));
        for (int i = 0; i < meals.size(); i++) order.put(meals.get(i).id(), i);
        morningMeal = slot(meals, LocalTime.of(4, 0), LocalTime.of(10, 0));
        noonMeal = slot(meals, LocalTime.of(10, 0), LocalTime.of(15, 0));
        eveningMeal = slot(meals, LocalTime.of(15, 0), LocalTime.of(21, 0));
        lateMeal = meals.stream()
                .filter(m -> !m.serveFrom().isBefore(LocalTime.of(21, 0)))
                .map(Meal::id)
                .findFirst()
                .orElse(null);
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (Meal m : meals) m.names().forEach(n -> words.put(n, List.of(m.id())));
        synonyms(words, MORNING_WORDS, morningMeal);
        synonyms(words, NOON_WORDS, noonMeal);
        synonyms(words, EVENING_WORDS, eveningMeal);
        synonyms(words, LATE_WORDS, lateMeal);
        List<String> three = new ArrayList<>();
        for (String id : new String[] {morningMeal, noonMeal, eveningMeal}) if (id != null) three.add(id);
        for (String w : List.of("一日三餐", "三餐", "一日三顿", "三顿饭", "三顿", "早中晚餐", "早中晚饭", "早中晚", "全天")) words.put(w, three);
        pair(words, noonMeal, eveningMeal, "中晚餐", "中晚饭", "午晚餐", "午餐晚餐", "午饭晚饭", "中晚");
        pair(words, morningMeal, eveningMeal, "早晚餐", "早晚饭");
        pair(words, morningMeal, noonMeal, "早午餐", "早中餐", "早中");
        List<MealWord> list = new ArrayList<>();
        words.forEach((w, ids) -> list.add(new MealWord(w, ids)));
        list.sort(Comparator.comparingInt((MealWord w) -> w.text().length()).reversed());
        this.words = List.copyOf(list);
        for (MealWord w : this.words) firsts.set(w.text().charAt(0));
        for (MealWord w : this.words)
            byFirst.computeIfAbsent(w.text().charAt(0), c -> new ArrayList<>()).add(w);
    }

    /** Meal words that start with {@code c}, longest first. */
    List<MealWord> startingWith(char c) {
        return firsts.get(c) ? byFirst.getOrDefault(c, List.of()) : List.of();
    }

    /** Meal ids sorted in serving order. */
    List<String> inServingOrder(List<String> ids) {
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(Comparator.comparingInt(id -> order.getOrDefault(id, 99)));
        return sorted;
    }

    private static String slot(List<Meal> meals, LocalTime from, LocalTime to) {
        return meals.stream()
                .filter(m -> !m.serveFrom().isBefore(from) && m.serveFrom().isBefore(to))
                .map(Meal::id)
                .findFirst()
                .orElse(null);
    }

    private static void synonyms(Map<String, List<String>> words, String list, String id) {
        if (id == null) return;
        for (String w : list.split(" ")) words.putIfAbsent(w, List.of(id));
    }

    private static void pair(Map<String, List<String>> words, String a, String b, String... forms) {
        if (a == null || b == null) return;
        for (String w : forms) words.put(w, List.of(a, b));
    }
}
