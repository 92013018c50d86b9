package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * A meal said eaten as usual beside a leaving, in a stretch of its own between spaces or punctuation: "午饭照常吃了再走",
 * "早饭7点一开门就来吃", "午饭又要吃了", "早饭就在餐厅" after a departure with its train or hour. With no figure, the
 * meal is kept as planned: MEAL_COUNT with count null, read as the meal said 照常 in its place (so the date said before
 * it carries). With the diners counted and all of them eating first ("中午60人都吃了再走"), that figure is the meal's
 * count, and a bare departure of the same figure (no hour, no train) was the same people leaving after it, no record.
 * A meal already read, a question, a meal denied or eaten elsewhere, or a stretch with more words than these, is left.
 */
final class MealKeptBesideLeaving {
    private static final String MEAL = "(?<meal>(?:今天|明天|明早|今晚)?(?:早饭|早餐|午饭|午餐|中饭|中午饭|中午|晚饭|晚餐|晚上))";
    /** When the meal begins, said before eating: 7点, 7点半一开门. */
    private static final String WHEN = "(?:\\d{1,2}(?:点|[:：])(?:半|\\d{1,2})?(?:一开门|开门)?)?";

    private static final String AS_USUAL = "(?:照常|照样|还是|又|也|就|还)*";
    private static final String EATEN = "(?:(?:又要|还要|要)吃了?|(?:来|回来)?吃)(?:\\s?吃完(?:直接|就|再)?走)?";
    /** Eaten then leaving is kept only said as usual: a bare 吃完就走 is the leaving's, 中午吃了 may be the past. */
    private static final Pattern KEPT = Pattern.compile(MEAL + WHEN + "(?:" + AS_USUAL + "(?:" + EATEN
            + "|在餐厅(?:吃)?)[的哈啊吧]?|(?:照常|照样)吃(?:完|了|过)(?:饭)?(?:再|就|直接)?走)");

    private static final Pattern ALL_EAT_FIRST =
            Pattern.compile(MEAL + "(?<n>\\d{1,3})(?:个人|个|人|位)?(?:都|全)吃(?:完|了|过)(?:饭)?(?:再|就)走");
    private static final Pattern STRETCH = Pattern.compile("[^\\s，,。；;！!]+(?:\\s吃完(?:直接|就|再)?走)?");

    private MealKeptBesideLeaving() {}

    /** {@code read} with the meals kept beside its departure added, and their questions taken back. */
    static ParseOutcome settled(ParseOutcome read, String text, Function<String, ParseOutcome> reread) {
        if (text.contains("?") || text.contains("？") || text.contains("吗")) return read;
        if (read.records().stream().noneMatch(Departure.class::isInstance)) return read;
        List<Record> kept = new ArrayList<>(read.records());
        List<String> meals = new ArrayList<>();
        Matcher s = STRETCH.matcher(text);
        while (s.find()) {
            Matcher k = KEPT.matcher(s.group());
            Matcher all = ALL_EAT_FIRST.matcher(s.group());
            if (k.matches()) {
                MealCount m = asPlanned(text.substring(0, s.start()) + k.group("meal") + "照常", reread);
                if (m != null && !mealRead(kept, m.meal())) {
                    kept.add(m);
                    meals.add(m.meal());
                }
            } else if (all.matches()) {
                int n = Integer.parseInt(all.group("n"));
                Departure same = bareDeparture(kept, n);
                MealCount m = asPlanned(text.substring(0, s.start()) + all.group("meal") + n + "人", reread);
                if (same != null && m != null && n == m.count() && !mealRead(kept, m.meal())) {
                    kept.set(kept.indexOf(same), m);
                    meals.add(m.meal());
                }
            }
        }
        if (meals.isEmpty()) return read;
        if (!(read instanceof ParseOutcome.Incomplete i)) return read.withRecords(kept);
        List<Gap> gaps = i.gaps().stream()
                .filter(g -> !(g.draft() instanceof MealRecord r && meals.contains(r.meal())))
                .toList();
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(kept, false, read.saidNow())
                : new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
    }

    /** The last meal count read from {@code said}, the meal's own words last in it. */
    private static MealCount asPlanned(String said, Function<String, ParseOutcome> reread) {
        MealCount found = null;
        for (Record r : reread.apply(said).records()) if (r instanceof MealCount m) found = m;
        return found;
    }

    private static boolean mealRead(List<Record> records, String meal) {
        return records.stream()
                .anyMatch(r -> r instanceof MealRecord m && m.meal().equals(meal));
    }

    private static Departure bareDeparture(List<Record> records, int count) {
        for (Record r : records)
            if (r instanceof Departure d
                    && d.time() == null
                    && d.transport() == null
                    && d.count() != null
                    && d.count() == count) return d;
        return null;
    }
}
