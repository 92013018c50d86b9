package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.receptionbot.access.People;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.RecordText;

/**
 * A liaison's message that also carries other delegations' figures — most often a 接龙 list reposted
 * whole with their own line added — records the liaison's own delegation and leaves the others as they
 * stand: a line that repeats what is recorded (a figure that stands, or a relative change that stands,
 * {@link ListRepeats#stands}) says nothing; one that differs is named as not recorded.
 * A message with nothing of the liaison's own delegation is refused as before ({@link Checks#refusal}).
 */
final class OtherDelegations {
    private final Event event;
    private final People people;
    private final MovementReporters movers;
    private final MealBoards meals;
    private final RecordText texts;

    OtherDelegations(Event event, People people, MovementReporters movers, MealBoards meals) {
        this.event = event;
        this.people = people;
        this.movers = movers;
        this.meals = meals;
        this.texts = new RecordText(event);
    }

    /** The records to apply, and the line naming the others' figures left unrecorded, if any. */
    record Split(List<Record> kept, Optional<String> note) {}

    /** @param standing whether a relative line is a change already recorded */
    Split split(List<Record> records, Asked asked, Predicate<Record> standing) {
        String own = asked.sender().delegation();
        if (own == null) return new Split(records, Optional.empty());
        if (records.stream().noneMatch(r -> own.equals(r.delegation()) || movers.may(r, asked)))
            return withoutOwn(records, own, standing);
        List<Record> kept = new ArrayList<>();
        List<String> differing = new ArrayList<>();
        for (Record r : records) {
            if (people.refusal(asked.sender(), r.delegation()) == null || movers.may(r, asked)) kept.add(r);
            else if (!alreadyRecorded(r) && !standing.test(r)) differing.add(texts.describe(r));
        }
        if (differing.isEmpty()) return new Split(kept, Optional.empty());
        return new Split(kept, Optional.of("其他代表团的数字未记录（由该团联络员或协调组报送）：" + String.join("；", differing)));
    }

    /**
     * A list reposted by a liaison whose own line was not read ("3. 辽宁 33 吃完走" beside 北京's and 山西's lines): when
     * every other line repeats what stands, nothing is changed and the liaison is told so and asked for their own
     * figure, rather than refused as if changing the others' records. Otherwise refused as before.
     */
    private Split withoutOwn(List<Record> records, String own, Predicate<Record> standing) {
        boolean list = records.stream().map(Record::delegation).distinct().count() >= 2;
        if (!list || !records.stream().allMatch(r -> alreadyRecorded(r) || standing.test(r)))
            return new Split(records, Optional.empty());
        String name = event.delegation(own).map(d -> d.name()).orElse(own);
        return new Split(List.of(), Optional.of("其他代表团的数字已有记录，未改动。本条没有读出" + name + "的人数，未记录；请单独再报一次本团人数，如“明天早餐33人”。"));
    }

    /** A meal figure equal to the one that stands: a line of a list reposted as it was. */
    private boolean alreadyRecorded(Record r) {
        if (!(r instanceof MealCount c) || c.asPlanned()) return false;
        return event.meal(c.meal())
                .map(m -> meals.count(c.date(), m, c.delegation()))
                .map(d -> d.reported() && d.diners() == c.count())
                .orElse(false);
    }
}
