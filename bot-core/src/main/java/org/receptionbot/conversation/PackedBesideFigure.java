package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.PackedOrder;

/**
 * Packed portions said beside a meal's own figure ("今晚55人，打包8份", "明天早餐堂食20人 打包6份", "晚饭再加打包8份"): the
 * figure is the meal's and the portions are a request to the caterer all the same, filed as a meal matter (an issue of
 * {@link IssueCategory#MEAL}) beside it. A figure said as seated (堂食20人) stays the seated part: the meal's count is
 * it and the portions together, so that the board shows 堂食20人，打包6份. Portions added (再加打包8份) come with the
 * people added. The packing is the meal's only when its clause names that meal or none, and the message gives one
 * serving only; beside a departure it is left to {@link PackedDepartures}.
 *
 * <p>A packing said to be reported already ("其中5份打包 上午报过了") files nothing new: the earlier order stands.
 */
final class PackedBesideFigure {
    /** The seated part said of a figure: 堂食20人, 堂食的20个, 20人堂食. */
    private static final Pattern SEATED = Pattern.compile("堂食的?\\s*([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|人|个|位|名)?"
            + "|([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|人|个|位|名)?\\s*堂食");
    /** Words that say the packing was reported before (上午报过了, 已经报了, 之前说过了). */
    private static final Pattern REPORTED_BEFORE = Pattern.compile("报过了|报过的|已经报了|已报过|之前报了|刚才报了|上午报了|说过了|已经说了");

    private PackedBesideFigure() {}

    /**
     * {@code records} with the packing of {@code clauses} (the message's clauses that give packed portions) filed
     * beside the meal's figure; as they were when the records file a meal matter already, name no figure of that
     * meal, or carry a departure.
     *
     * @param meal the meal id a clause names, or null when it names none
     */
    static List<Record> filed(
            List<Record> records, String text, List<String> clauses, java.util.function.Function<String, String> meal) {
        if (clauses.isEmpty() || echo(text) || records.stream().anyMatch(r -> r instanceof Departure || isMatter(r)))
            return records;
        List<MealRecord> figures = records.stream()
                .filter(r -> r instanceof MealAdd || r instanceof MealCount m && m.count() != null)
                .map(MealRecord.class::cast)
                .toList();
        if (figures.isEmpty()) return records;
        MealRecord first = figures.get(0);
        boolean oneServing = figures.stream()
                .allMatch(f -> f.meal().equals(first.meal()) && f.date().equals(first.date()));
        String clause = clauses.get(0);
        String named = meal.apply(clause);
        MealRecord figure = named == null
                ? (oneServing && clauses.size() == 1 ? first : null)
                : figures.stream()
                        .filter(f -> f.meal().equals(named))
                        .findFirst()
                        .orElse(null);
        Integer portions = portions(clause);
        if (figure == null || portions == null || figure.delegation() == null) return records;
        List<Record> out = new ArrayList<>();
        for (Record r : records) out.add(r == figure ? withSeated((Record) figure, text, portions) : r);
        out.add(new Issue(IssueCategory.MEAL, figure.delegation(), text.strip()));
        return out;
    }

    /** A seated figure (堂食20人) with the portions: the meal's count is both. */
    private static Record withSeated(Record r, String text, int portions) {
        if (!(r instanceof MealCount m)) return r;
        Matcher s = SEATED.matcher(text);
        while (s.find()) {
            String said = s.group(1) != null ? s.group(1) : s.group(2);
            if (Numbers.read(said).orElse(-1) == m.count())
                return new MealCount(m.delegation(), m.date(), m.meal(), m.count() + portions);
        }
        return r;
    }

    /**
     * {@code records} without the packing that {@code text} says was reported before ("广东晚上37 其中5份打包 上午报过了"):
     * the earlier order stands, a second request would only be merged back by hand.
     */
    static List<Record> withoutEcho(List<Record> records, String text) {
        if (!echo(text)) return records;
        return records.stream()
                .filter(r -> !(isMatter(r)
                        && PackedOrder.PACKED.matcher(((Issue) r).text()).find()))
                .toList();
    }

    /** Whether a packing in {@code text} is said reported before, after it ("早饭报过了 晚饭打包5份" is not). */
    private static boolean echo(String text) {
        Matcher packing = PackedOrder.PACKED.matcher(text);
        return packing.find()
                && REPORTED_BEFORE
                        .matcher(text)
                        .region(packing.end(), text.length())
                        .find();
    }

    private static boolean isMatter(Record r) {
        return r instanceof Issue i && i.category() == IssueCategory.MEAL;
    }

    /** The packed portions {@code clause} gives (打包37份), or null. */
    static Integer portions(String clause) {
        Matcher m = PackedOrder.PACKED.matcher(clause);
        if (!m.find()) return null;
        return Numbers.read(m.group(1) != null ? m.group(1) : m.group(2)).orElse(null);
    }
}
