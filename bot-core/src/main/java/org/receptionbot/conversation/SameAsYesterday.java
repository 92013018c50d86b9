package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.access.Sender;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.summary.MealBoards;

/**
 * A meal's figure said to be the day before's ("兵团午饭和昨天一样"), which the parser asks for: when the
 * delegation reported that meal the day before, the figure is taken from the ledger and the answer says so
 * ("按昨天午餐（45人）记录"); when it did not, the question says the day before has no figure to go by.
 */
final class SameAsYesterday {
    private static final Pattern OTHER_DAY = Pattern.compile("明天|明日|后天|明早|明晚|\\d{1,2}\\s*[日号]");
    private static final Pattern SAID = Pattern.compile("(?:跟|和|与|同)(?:昨天|昨日)(?:的)?(?:人数)?(?:一样|相同|一致)");

    /**
     * A delegation named in a statement likened to the day before ("兵团晚饭和昨天一样", a coordinator's), and the
     * statement without it, to be read as that delegation's own ("晚饭和昨天一样"); empty for any other text.
     */
    record Named(String delegation, String statement) {}

    /**
     * What the day before gives for a gap.
     *
     * @param record the figure taken, or null when the day before has none
     * @param note what the answer says of it
     * @param ask the question that stays when there is no figure (its draft dated today), else null
     */
    record Taken(MealCount record, String note, Gap ask) {}

    private final Event event;
    private final MealBoards meals;

    SameAsYesterday(Event event, MealBoards meals) {
        this.event = event;
        this.meals = meals;
    }

    /**
     * {@code read}, or, when it gives nothing and the text likens a named delegation's meal to the day before's
     * ("兵团晚饭和昨天一样"), the statement read by {@code reader} as that delegation's own, as its liaison would say it
     * (from a coordinator, or that delegation's liaison; {@code vehicle} the sender's bus, or null).
     */
    static ParseOutcome named(
            Event event,
            ParseOutcome read,
            org.receptionbot.chat.IncomingMessage message,
            org.receptionbot.command.Asked asked,
            Reader reader,
            String vehicle) {
        if (!read.records().isEmpty() || read instanceof ParseOutcome.Incomplete) return read;
        return named(event, message.text())
                .filter(n -> asked.sender().coordinator()
                        || n.delegation().equals(asked.sender().delegation()))
                .map(n -> reader.read(n.statement(), message.sentAt(), n.delegation(), vehicle))
                .filter(again -> again instanceof ParseOutcome.Incomplete
                        || !again.records().isEmpty())
                .orElse(read);
    }

    /** The delegation a statement likened to the day before names, the longest name first; empty when none. */
    static Optional<Named> named(Event event, String text) {
        if (!SAID.matcher(text).find()) return Optional.empty();
        return new DelegationNames(event)
                .in(text)
                .map(n -> new Named(
                        n.delegation().id(), text.replace(n.word(), " ").strip()));
    }

    /**
     * "河北的 嗯 中午人数跟昨天一样", which the parser could not read: today's meal likened to the day before, as
     * the count the parser asks for, so that it is read like "兵团午饭和昨天一样"; empty for any other gap.
     */
    Optional<Gap> asCount(Gap gap, Sender sender, LocalDate today) {
        if (gap.missing() != Gap.Field.UNCLEAR
                || !SAID.matcher(gap.statement()).find()
                || OTHER_DAY.matcher(gap.statement()).find()) return Optional.empty();
        String delegation = named(event, gap.statement()).map(Named::delegation).orElse(sender.delegation());
        if (delegation == null) return Optional.empty();
        return new UnclearFigures(event, null)
                .meal(gap.statement())
                .map(meal ->
                        new Gap(Gap.Field.COUNT, new MealCount(delegation, today, meal.id(), null), gap.statement()));
    }

    /**
     * Yesterday's figure for today's meal count the parser asks for; empty when the gap is not such a count (a
     * later day's "和昨天一样" may mean that day's day before or today: it stays asked).
     */
    Optional<Taken> read(Gap gap, Sender sender, LocalDate today) {
        if (gap.missing() != Gap.Field.COUNT
                || !(gap.draft() instanceof MealCount m)
                || m.meal() == null
                || !SAID.matcher(gap.statement()).find()
                || OTHER_DAY.matcher(gap.statement()).find()) return Optional.empty();
        // the parser dates the draft by the 昨天 it is likened to: the figure is today's
        if (!today.equals(m.date()) && !today.minusDays(1).equals(m.date())) return Optional.empty();
        String delegation = m.delegation() != null ? m.delegation() : sender.delegation();
        Optional<Meal> meal = event.meal(m.meal());
        if (delegation == null || meal.isEmpty()) return Optional.empty();
        LocalDate before = today.minusDays(1);
        String day = "昨天" + meal.get().label();
        DinerCount count = event.covers(before) ? meals.count(before, meal.get(), delegation) : null;
        if (count == null || !count.reported())
            return Optional.of(new Taken(
                    null,
                    day + "没有该团的报餐记录，无法照此记录。",
                    new Gap(Gap.Field.COUNT, new MealCount(m.delegation(), today, m.meal(), null), gap.statement())));
        return Optional.of(new Taken(
                new MealCount(delegation, today, m.meal(), count.diners()),
                "按" + day + "（" + count.diners() + "人）记录。",
                null));
    }
}
