package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * A 接龙 list (a message with lines of several delegations) is reposted whole as it grows, so its
 * relative lines ("云南 少三个") come back each time: a line equal to a relative change that stands
 * for the same delegation, meal and day is the one already recorded, not a second change. It is
 * named as recorded and not applied again.
 */
final class ListRepeats {
    private final Ledger ledger;
    private final RecordText texts;

    ListRepeats(Event event, Ledger ledger) {
        this.ledger = ledger;
        this.texts = new RecordText(event);
    }

    /** The records to apply, and the line naming the relative lines already recorded, if any. */
    record Split(List<Record> kept, Optional<String> note) {}

    /**
     * @param read all the message's records, which tell whether it is a list
     * @param records those of them the sender may record
     * @param replaced the entries an edit takes back: they do not stand for its lines
     */
    Split split(List<Record> read, List<Record> records, List<Entry> replaced) {
        if (read.stream().map(Record::delegation).distinct().count() < 2) return new Split(records, Optional.empty());
        List<Record> kept = new ArrayList<>();
        List<String> recorded = new ArrayList<>();
        for (Record r : records) {
            if (stands(r, replaced)) recorded.add(texts.describe(r));
            else kept.add(r);
        }
        if (recorded.isEmpty()) return new Split(records, Optional.empty());
        return new Split(kept, Optional.of("已记录，未重复计入：" + String.join("；", recorded)));
    }

    private static boolean relative(Record r) {
        return r instanceof MealAdd || r instanceof MealCancel c && !c.wholeDelegation();
    }

    /** A relative line equal to a change that stands for its delegation, meal and day (not one of {@code replaced}). */
    boolean stands(Record r, List<Entry> replaced) {
        if (!relative(r)) return false;
        var meal = (MealRecord) r;
        if (meal.date() == null) return false;
        return ledger.day(meal.date()).active().stream()
                .filter(e -> !replaced.contains(e))
                .map(Entry::record)
                .anyMatch(r::equals);
    }
}
