package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * "西藏今天中午12点走 … 全团30人 坐大巴去机场": an arrival or departure read without a count while a figure of people
 * in the same message went into no record. Two readings stand (the whole delegation, or those people), so the
 * movement is not recorded and its count is asked. Not where the message speaks of parts (批, 其余, 剩下, 其他):
 * there a figure left over is another part's, and a movement without a count is the rest. Nor for a figure whose
 * statement names another day ("昨天晚到的6个人"), or a meal while a meal of another day was read ("辽宁到了 明天早饭33
 * 不对 有3个要早起"): it belongs there. A departure beside a meal a few people miss ("今晚少了两个人 明天一早走") is asked too,
 * unless the whole team is said.
 */
final class UncountedMovement {
    static final String[] PARTS = {"批", "其余", "剩下", "其他", "其中", "另外"};

    private UncountedMovement() {}

    static ParseOutcome ask(ParseOutcome outcome, List<Clause> clauses, String text, String original) {
        if (outcome.records().isEmpty() || speaksOfParts(text)) return outcome;
        Set<Integer> used = used(outcome.contractRecords());
        List<Record> kept = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>(outcome instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        for (Record r : outcome.records()) {
            if (r instanceof Movement m
                    && m.count() == null
                    && (spareFigure(clauses, used, m.date(), outcome.records())
                            || fewLeaving(m, outcome.records(), text)))
                gaps.add(new Gap(Gap.Field.COUNT, r, original.strip()));
            else kept.add(r);
        }
        if (kept.size() == outcome.records().size()) return outcome;
        return new ParseOutcome.Incomplete(kept, gaps, outcome.saidNow());
    }

    /** The counts and vehicle numbers the records took. */
    private static Set<Integer> used(List<Record> records) {
        Set<Integer> used = new HashSet<>();
        for (Record r : records) {
            Integer n = count(r);
            if (n != null) used.add(n);
            if (r instanceof Headcount h) used.add(parse(h.vehicle()));
        }
        return used;
    }

    /** A figure with a unit of people (not 1) that no record took, in a statement of no meal and no other day. */
    private static boolean spareFigure(List<Clause> clauses, Set<Integer> used, LocalDate date, List<Record> records) {
        boolean mealElsewhen = false;
        for (Record r : records) mealElsewhen |= r instanceof MealRecord m && !date.equals(m.date());
        for (Clause c : clauses) {
            if (!ownsNoFigure(c, date, mealElsewhen)) continue;
            for (Mention m : c.mentions)
                if (m instanceof Mention.Count n && n.unit() && n.value() > 1 && !used.contains(n.value())) return true;
        }
        return false;
    }

    /**
     * "云南今晚少了两个人 明天一早走 6点的车": a departure with no count beside a meal missed by a few people, with no
     * word of the whole team, may be those few leaving: never read as the whole delegation.
     */
    private static boolean fewLeaving(Movement m, List<Record> records, String text) {
        if (!(m instanceof Departure)) return false;
        for (String w : WHOLE) if (text.contains(w)) return false;
        for (Record r : records) if (r instanceof MealCancel c && c.count() != null && c.count() > 0) return true;
        return false;
    }

    /** Words of the whole team leaving. */
    private static final String[] WHOLE = {"全团", "全部", "所有人", "大家", "我们", "咱们", "全体", "全队", "整个团", "都走", "一起走"};

    private static boolean ownsNoFigure(Clause c, LocalDate date, boolean mealElsewhen) {
        for (Mention m : c.mentions) {
            if (m instanceof Mention.Meals && mealElsewhen) return false;
            if (m instanceof Mention.Day d && !d.date().equals(date)) return false;
        }
        return true;
    }

    /** The figure of people a record carries, or null. */
    static Integer count(Record r) {
        if (r instanceof Movement m) return m.count();
        if (r instanceof MealCount m) return m.count();
        if (r instanceof MealCancel m) return m.count();
        if (r instanceof MealAdd m) return m.count();
        if (r instanceof Headcount h) return h.count();
        if (r instanceof Visit v) return v.count();
        if (r instanceof VisitChange v) return v.count();
        return null;
    }

    private static int parse(String vehicle) {
        try {
            return vehicle == null ? -1 : Integer.parseInt(vehicle);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean speaksOfParts(String text) {
        for (String w : PARTS) if (text.contains(w)) return true;
        return false;
    }
}
