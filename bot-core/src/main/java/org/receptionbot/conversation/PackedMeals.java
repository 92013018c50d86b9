package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.PackedSaying;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.PackedOrder;

/**
 * Packed portions for part of a team ("另外明早早餐6点半要打包8份"): a request to the caterer, not the meal's
 * count. A meal count the parser read from a figure said as packed portions (打包8份, 8份打包) that is below the
 * delegation's size is filed as a meal matter (an issue of {@link IssueCategory#MEAL}, told to the coordinators)
 * and the meal's count stays as it was; a packed figure for the whole team ("明天早饭打包39份") is its count, and the
 * packing is filed all the same, so that the caterer is told.
 * Eating away with packed portions ("明天中午在赛场吃 要打包45份", read as fewer diners) is the same request:
 * the meal is packed, not cancelled; portions for the whole team ("广东中午在赛场那边吃 打包37份") are its count.
 */
final class PackedMeals {
    private static final Pattern PACKED = PackedOrder.PACKED;
    /** Parts of the day that name a meal in a packing clause. */
    private static final String[][] PART_WORDS = {
        {"早上", "早上"}, {"明早", "早上"}, {"中午", "中午"}, {"晚上", "晚上"}, {"今晚", "晚上"}, {"明晚", "晚上"}
    };

    private final Event event;
    private final MealNames meals;
    private final PackedListLines lines;

    PackedMeals(Event event) {
        this.event = event;
        this.meals = new MealNames(event);
        this.lines = new PackedListLines(event);
    }

    /** The outcome with each count of packed portions for part of a team as a meal matter; else as it was. */
    ParseOutcome read(ParseOutcome read, String said) {
        if (!(read instanceof ParseOutcome.Understood u)) return read;
        // 接龙: each line with a packing is the order of the team it names, nothing of the header or the other lines
        return PackedListLines.list(said) ? lines.read(u, said, this::readOne) : readOne(u, said);
    }

    private ParseOutcome readOne(ParseOutcome read, String said) {
        ParseOutcome.Understood u = (ParseOutcome.Understood) read;
        // 明天早饭打包 20份: the portions said apart from the packing are still its portions; 明早50 打包: 50份打包
        PackedSaying saying = PackedSaying.of(said);
        String text = saying.text();
        ParseOutcome calledOff = PackingCalledOff.read(u, text);
        if (calledOff != u) return calledOff;
        ParseOutcome seatedPart = seatedPart(u, text);
        if (seatedPart != null) return seatedPart;
        List<String> packed = PackedClauses.of(text);
        if (packed.isEmpty()) return read;
        List<Record> records = new ArrayList<>();
        java.util.Set<String> filed = new java.util.HashSet<>();
        boolean changed = false;
        for (Record r : u.records()) {
            // 湖北晚上56 明天早上打包56: a packing that names another meal is not this figure's
            String clause = r instanceof MealCount m && m.count() != null && partOfTeam(m) ? said(packed, m) : null;
            // 明天中午在赛场吃 要打包45份: eating at the venue with packed portions is the meal packed, no one fewer.
            if (r instanceof MealCancel c) {
                String packedClause = c.count() == null ? packed.get(0) : PackedClauses.said(packed, c.count());
                // 三餐都不在酒店吃 早上打包25份: the packing is of the meal it names; the other meals stay cancelled,
                // and one packing request is filed once.
                if (packedClause != null && (namesOtherMeal(packedClause, c.meal()) || !filed.add(packedClause)))
                    packedClause = null;
                if (packedClause != null) {
                    // 广东中午在赛场那边吃 打包37份: portions for the whole team are the meal's count, packed.
                    Integer portions = PackedBesideFigure.portions(packedClause);
                    // 全部在赛场吃 打包20份 堂食0: no one eats seated, the portions are the count
                    if (portions != null
                            && (!partOfTeam(new MealCount(c.delegation(), c.date(), c.meal(), portions))
                                    || saying.noneSeated()))
                        records.add(new MealCount(c.delegation(), c.date(), c.meal(), portions));
                    records.add(new Issue(IssueCategory.MEAL, c.delegation(), PackedClauses.upTo(text, packedClause)));
                    changed = true;
                    continue;
                }
            }
            if (clause == null) {
                records.add(r);
                // 三餐都不在酒店吃 早上打包25份带走: the whole team's portions are the meal's count, and packed
                String whole = r instanceof MealCount m && m.count() != null ? said(packed, m) : null;
                if (whole != null && filed.add(whole)) {
                    records.add(new Issue(
                            IssueCategory.MEAL, ((MealCount) r).delegation(), PackedClauses.upTo(text, whole)));
                    changed = true;
                }
                continue;
            }
            // 打包20份 其余在赛场吃: no one eats seated, so the portions are the count, packed
            MealCount portions = (MealCount) r;
            if (saying.noneSeated()) records.add(r);
            // 打包20份 其余的回酒店吃: the rest eat seated, so the meal is reported, its count as planned
            else if (saying.restSeated())
                records.add(new MealCount(portions.delegation(), portions.date(), portions.meal(), null));
            records.add(new Issue(IssueCategory.MEAL, portions.delegation(), clause));
            changed = true;
        }
        // 今晚55人，打包8份: portions beside the meal's own figure are filed beside it
        List<Record> beside = PackedBesideFigure.filed(records, text, packed, this::named);
        // 其中5份打包 上午报过了: the packing reported before is not asked again
        List<Record> echoless = PackedBesideFigure.withoutEcho(beside, text);
        if (echoless.size() != records.size() || beside != records) {
            records = echoless;
            changed = true;
        }
        return changed
                ? read.withRecords(records.stream()
                        .map(r -> PackingHours.withHour(r, text))
                        .toList())
                : read;
    }

    /**
     * The records of a statement completed by an answer ({@code said}: the answer, then the statement) with its
     * packing kept: portions for part of a team as a meal matter ({@link #read}), and a packing the records miss
     * ("早上有8个6点就走 给他们打包8份" completed by "明天" reads the departure only) filed beside them.
     */
    List<Record> kept(List<Record> records, String said, String sender) {
        List<Record> out =
                new ArrayList<>(read(new ParseOutcome.Understood(records), said).records());
        if (!PACKED.matcher(said).find()
                || out.stream().anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL)) return out;
        String delegation = out.stream()
                .map(Record::delegation)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(sender);
        if (delegation != null) out.add(new Issue(IssueCategory.MEAL, delegation, said));
        return out;
    }

    /**
     * "明天早饭有20个人在餐厅吃 其余打包": the seated part said and the rest packed, no portions: the figure read as the
     * meal's count is the seated part, so the count stays and the packing is filed ({@link PackedOrder} reads the
     * seated part back); null when the message says no such thing.
     */
    private ParseOutcome seatedPart(ParseOutcome.Understood u, String text) {
        if (PACKED.matcher(text).find()
                || !PackedOrder.REST_PACKED.matcher(text).find()) return null;
        Matcher seated = PackedOrder.SEATED.matcher(text);
        if (!seated.find()) return null;
        int figure = Numbers.read(seated.group(1)).orElse(-1);
        List<Record> records = new ArrayList<>();
        boolean changed = false;
        for (Record r : u.records())
            if (!changed && r instanceof MealCount m && m.count() != null && m.count() == figure && partOfTeam(m)) {
                records.add(new Issue(IssueCategory.MEAL, m.delegation(), text.strip()));
                changed = true;
            } else records.add(r);
        return changed ? u.withRecords(records) : null;
    }

    /** The clause giving {@code m}'s figure as packed portions and naming no other meal, or null. */
    private String said(List<String> packed, MealCount m) {
        String clause = PackedClauses.said(packed, m.count());
        return clause == null || namesOtherMeal(clause, m.meal()) ? null : clause;
    }

    /** Whether {@code clause} names a meal (早上, 午饭, 晚上) other than {@code meal}. */
    private boolean namesOtherMeal(String clause, String meal) {
        String named = named(clause);
        return named != null && !named.equals(meal);
    }

    /** The meal {@code clause} names (早上, 午饭, 晚上), or null. */
    private String named(String clause) {
        String named = null;
        for (String[] word : PART_WORDS) if (clause.contains(word[0])) named = meals.idOf(word[1]);
        for (var m : event.meals()) for (String name : m.names()) if (clause.contains(name)) named = m.id();
        return named;
    }

    private boolean partOfTeam(MealCount m) {
        return event.delegation(m.delegation())
                .map(Delegation::size)
                .map(size -> m.count() < size)
                .orElse(false);
    }
}
