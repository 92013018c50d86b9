package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;

/**
 * The event's words: delegation names and aliases, meal words, vehicles and plates, site-visit route
 * names and aliases. Built once per event.
 */
final class Lexicon {
    private static final List<String> TEAM_SUFFIXES = List.of("代表团", "代表队", "团", "队");

    /** People who are not counted in a delegation's size ("两位家属", "4个司机"): they come on top of it. */
    static final List<String> GUESTS = List.of("家属", "司机", "客人", "嘉宾", "记者", "工作人员", "志愿者", "领导");
    /**
     * Words that make a movement a further group beside one already reported ("另外10个人下午3点走",
     * "又有5个明天走"), not the completion of that report.
     */
    static final List<String> FURTHER = List.of("又", "另外", "再", "还有");
    /** Characters after which a bare number is a count of people (报35, 为30, 少5, 共28). */
    static final String BEFORE_BARE_FIGURE = "报为成按共计:：是少加减多到数";
    /** The opening of an instruction (请安徽联络员带着房卡…) and whom it addresses: a coordinator's word to a liaison. */
    static final String PLEASE = "请";

    static final String LIAISON = "联络员";

    /** A surface form of a delegation's name. */
    record Form(String text, String id) {}

    /** A meal word and the meals it names. */
    record MealWord(String text, List<String> ids) {}

    final Event event;
    private final Map<Character, List<Form>> forms = new HashMap<>();
    final List<MealWord> mealWords;
    /** The first characters of names, meal words and routes, so most characters of a message skip the maps. */
    private final java.util.BitSet firsts = new java.util.BitSet(1 << 16);

    private final java.util.BitSet routeFirsts = new java.util.BitSet(1 << 16);

    final String morningMeal;
    final String noonMeal;
    final String eveningMeal;
    /** The meal served from 21:00 on (宵夜), or null. */
    final String lateMeal;

    private final MealLexicon meals;
    private final VehicleLexicon vehicles;
    private final Map<Character, List<Form>> routeForms = new HashMap<>();
    private final List<String> routeIds = new ArrayList<>();

    Lexicon(Event event) {
        this.event = event;
        for (Delegation d : event.delegations()) {
            List<String> texts = new ArrayList<>(d.aliases());
            texts.add(d.name());
            if (d.name().endsWith("代表团") && d.name().length() > 3) {
                String bare = d.name().substring(0, d.name().length() - 3);
                texts.add(bare);
                if (bare.length() > 2 && (bare.endsWith("省") || bare.endsWith("市"))) {
                    texts.add(bare.substring(0, bare.length() - 1));
                }
            }
            // 粤厅, 琼厅: a one-character alias with 厅 is the province's department.
            for (String a : d.aliases()) if (a.length() == 1) texts.add(a + "厅");
            for (String t : texts) {
                if (t.isBlank()) continue;
                forms.computeIfAbsent(t.charAt(0), c -> new ArrayList<>()).add(new Form(t, d.id()));
                firsts.set(t.charAt(0));
            }
        }
        forms.values()
                .forEach(l -> l.sort(
                        Comparator.comparingInt((Form f) -> f.text().length()).reversed()));
        MealLexicon meals = new MealLexicon(event);
        this.meals = meals;
        morningMeal = meals.morningMeal;
        noonMeal = meals.noonMeal;
        eveningMeal = meals.eveningMeal;
        lateMeal = meals.lateMeal;
        mealWords = meals.words;
        for (VisitRoute r : event.visits()) {
            routeIds.add(r.id());
            for (String w : r.words())
                if (!w.isBlank())
                    routeForms
                            .computeIfAbsent(w.charAt(0), c -> new ArrayList<>())
                            .add(new Form(w, r.id()));
        }
        routeForms
                .values()
                .forEach(l -> l.sort(
                        Comparator.comparingInt((Form f) -> f.text().length()).reversed()));
        routeForms.keySet().forEach(routeFirsts::set);
        this.vehicles = new VehicleLexicon(event);
    }

    /** Forms of delegation names that start with {@code c}, longest first. */
    List<Form> formsStartingWith(char c) {
        return firsts.get(c) ? forms.getOrDefault(c, List.of()) : List.of();
    }

    /** Names and aliases of site-visit routes that start with {@code c}, longest first (id in the form). */
    List<Form> routeFormsStartingWith(char c) {
        return routeFirsts.get(c) ? routeForms.getOrDefault(c, List.of()) : List.of();
    }

    /** The event's site-visit routes, in the order of the event file. */
    List<String> routeIds() {
        return routeIds;
    }

    /** Whether the event has site-visit routes at all: only then are visits read. */
    boolean hasRoutes() {
        return !routeForms.isEmpty();
    }

    /** Meal words that start with {@code c}, longest first. */
    List<MealWord> mealWordsStartingWith(char c) {
        return meals.startingWith(c);
    }

    List<String> teamSuffixes() {
        return TEAM_SUFFIXES;
    }

    /** The vehicle with this plate (any separator), or null. */
    String vehicleByPlate(String plate) {
        return vehicles.byPlate(plate);
    }

    /** The vehicle whose driver has this surname (蒙 of 蒙师傅), or null when none or several. */
    String vehicleByDriver(char surname) {
        return vehicles.byDriver(surname);
    }

    /** Whether the event has a vehicle of this id. */
    boolean hasVehicle(String id) {
        return vehicles.has(id);
    }

    /** The delegation a vehicle carries, or null. */
    String vehicleTeam(String vehicle) {
        return vehicles.team(vehicle);
    }

    /** Meal ids sorted in serving order. */
    List<String> inServingOrder(List<String> ids) {
        return meals.inServingOrder(ids);
    }

    /** The serving of a meal that has not yet ended at {@code now}: today's, or tomorrow's. */
    LocalDate nextServing(String meal, java.time.LocalDateTime now) {
        return event.meal(meal)
                .map(m -> now.toLocalTime().isBefore(m.serveTo())
                        ? now.toLocalDate()
                        : now.toLocalDate().plusDays(1))
                .orElse(now.toLocalDate());
    }

    /** The meal a part of the day names when a meal is meant (中午 = lunch), or null. */
    String mealOf(DayPart part) {
        return switch (part) {
            case MORNING -> morningMeal;
            case NOON -> noonMeal;
            case EVENING -> eveningMeal;
            default -> null;
        };
    }
}
