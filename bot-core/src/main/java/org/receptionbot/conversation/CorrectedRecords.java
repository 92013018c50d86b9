package org.receptionbot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/** Records with the figure a correction ({@link Amendments}) gives in place of their one figure. */
final class CorrectedRecords {
    private CorrectedRecords() {}

    /**
     * A change of a meal corrected with a figure alone read as the meal's count, when that count is sensible and
     * either the meal was named with it ("不对 晚上是25个" after 晚上少4个) or the change would not be: "增加40人（该团共39人）"
     * held, then "不对，是40人"; a reduction by more than half the delegation.
     */
    static List<Record> counts(Event event, List<Record> records, boolean mealNamed) {
        return records.stream()
                .map(r -> {
                    int size =
                            event.delegation(r.delegation()).map(d -> d.size()).orElse(0);
                    boolean unlikely;
                    Record count;
                    if (r instanceof MealAdd a) {
                        count = new MealCount(a.delegation(), a.date(), a.meal(), a.count());
                        unlikely = Checks.absurd(event, r);
                    } else if (r instanceof MealCancel c && c.count() != null) {
                        count = new MealCount(c.delegation(), c.date(), c.meal(), c.count());
                        unlikely = size > 0 && c.count() * 2 > size;
                    } else return r;
                    return (mealNamed || unlikely) && !Checks.absurd(event, count) ? count : r;
                })
                .toList();
    }

    /** The records of {@code entries} that change a meal the way a correction says ({@code fewer}: a reduction). */
    static boolean changes(Record r, boolean fewer) {
        return fewer ? r instanceof MealCancel c && c.count() != null : r instanceof MealAdd;
    }

    /**
     * The records with the corrected figure in place of the one figure they carry; a record with no
     * figure ("晚饭照常") keeps none. Empty when they carry none or several.
     */
    static Optional<List<Record>> withFigure(List<Record> records, int figure) {
        List<Record> counted = records.stream()
                .filter(CorrectedRecords::counted)
                .filter(r -> RecordFields.write(r).get("count") != null)
                .toList();
        long figures = counted.stream()
                .map(r -> RecordFields.write(r).get("count"))
                .filter(Objects::nonNull)
                .distinct()
                .count();
        if (counted.isEmpty() || figures > 1) return Optional.empty();
        return Optional.of(records.stream()
                .map(r -> counted.contains(r) ? with(r, figure) : r)
                .toList());
    }

    /** Whether a correction replaces the figure of {@code r}: a meal, a movement, a head count or a visit. */
    static boolean counted(Record r) {
        return r instanceof MealRecord
                || r instanceof Movement
                || r instanceof Headcount
                || r instanceof Visit
                || r instanceof VisitChange;
    }

    private static Record with(Record r, int figure) {
        Map<String, String> fields = new LinkedHashMap<>(RecordFields.write(r));
        fields.put("count", Integer.toString(figure));
        return RecordFields.read(fields);
    }
}
