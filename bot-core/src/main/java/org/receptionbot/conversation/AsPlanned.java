package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DayLog;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealTally;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * "照常" for a serving someone else already gave a different figure for reads two ways: as that
 * figure, or as the plan. The sender is asked which, naming both; a "照常" over the sender's own
 * figures, or where the figure is the plan's, is recorded as it is.
 */
public final class AsPlanned {
    private final Event event;
    private final Ledger ledger;
    private final People people;
    private final Choice choice;
    private final RecordText texts;

    public AsPlanned(Event event, Ledger ledger, People people, Choice choice) {
        this.event = event;
        this.ledger = ledger;
        this.people = people;
        this.choice = choice;
        this.texts = new RecordText(event);
    }

    /** The two-way questions it asks with, for other questions of the same kind. */
    Choice choice() {
        return choice;
    }

    /** The question to ask instead of applying {@code records}, if one of them reads two ways. */
    Optional<Answer> ask(List<Record> records, Asked asked) {
        List<String> lines = new ArrayList<>();
        List<Record> keeping = new ArrayList<>(records);
        for (Record r : records) {
            if (!(r instanceof MealCount m) || !m.asPlanned()) continue;
            Optional<String> line = twoReadings(m, asked);
            if (line.isPresent()) {
                lines.add(line.get());
                keeping.remove(r);
            }
        }
        if (lines.isEmpty()) return Optional.empty();
        String question = String.join("\n", lines) + "\n请问按已报人数还是按原计划？请点按钮或回复“按已报”或“按原计划”。";
        return Optional.of(choice.ask(
                question,
                asked,
                records.stream().filter(r -> !keeping.contains(r)).toList(),
                new Choice.Offer(Choice.Option.REPORTED, "按已报人数", keeping),
                new Choice.Offer(Choice.Option.PLANNED, "按原计划", records)));
    }

    /** "湖南省代表团 11月22日（周日）晚餐：李娜已报30人，原计划为35人。" when the two differ. */
    private Optional<String> twoReadings(MealCount m, Asked asked) {
        Optional<Meal> meal = event.meal(m.meal());
        if (meal.isEmpty() || event.delegation(m.delegation()).isEmpty()) return Optional.empty();
        DayLog log = ledger.day(m.date());
        List<Entry> others = log.active().stream()
                .filter(e -> e.record() instanceof MealRecord r && serving(r, m))
                .filter(e -> !e.source().senderId().equals(asked.sender().userId()))
                .toList();
        if (others.isEmpty()) return Optional.empty();
        List<Entry> movements = ledger.activeMovements();
        MealTally tally = new MealTally(event);
        int reported = tally.count(log, movements, meal.get(), m.delegation()).diners();
        int planned = tally.count(new DayLog(m.date(), List.of(), Map.of()), movements, meal.get(), m.delegation())
                .diners();
        if (reported == planned) return Optional.empty();
        Entry last = others.get(others.size() - 1);
        String who = people.who(
                        last.source().chat().platform(),
                        last.source().senderId(),
                        last.source().senderName())
                .name();
        return Optional.of(texts.serving(m) + "：" + who + "已报" + reported + "人，原计划为" + planned + "人。");
    }

    private static boolean serving(MealRecord r, MealCount m) {
        return r.delegation().equals(m.delegation())
                && r.date().equals(m.date())
                && r.meal().equals(m.meal());
    }
}
