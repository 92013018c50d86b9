package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * "所以我们从今晚开始吃饭少两个 明天三餐都是39" (of 41): people fewer from a meal on, with the figure the later meals have
 * said beside it, and that figure is the delegation's size less those people: the fewer are counted off the size, not
 * off a figure reported already, so the first meal's count is that figure too (39, not a second 少2 that would give
 * 37). Read after the fallback ({@link Settling}).
 */
final class FewerFromNowOn {
    private FewerFromNowOn() {}

    /** Words that say the change starts at the meal and goes on (从今晚开始, 今晚起). */
    private static final String[] FROM_ON = {"开始", "起"};

    static ParseOutcome settled(ParseOutcome read, String original, Lexicon lexicon) {
        boolean on = false;
        for (String w : FROM_ON) on |= original.contains(w);
        if (!on) return read;
        List<Record> records = read.records();
        List<Record> out = new ArrayList<>(records.size());
        boolean changed = false;
        for (Record r : records) {
            Optional<Integer> later = r instanceof MealCancel c ? laterFigure(c, records, lexicon) : Optional.empty();
            if (later.isEmpty()) {
                out.add(r);
                continue;
            }
            MealCancel c = (MealCancel) r;
            out.add(new MealCount(c.delegation(), c.date(), c.meal(), later.get()));
            changed = true;
        }
        return changed ? read.withRecords(out) : read;
    }

    /** The one figure the delegation's later meals are given, when it is its size less the cancel's people. */
    private static Optional<Integer> laterFigure(MealCancel c, List<Record> records, Lexicon lexicon) {
        if (c.count() == null || c.delegation() == null) return Optional.empty();
        Integer size =
                lexicon.event.delegation(c.delegation()).map(d -> d.size()).orElse(null);
        if (size == null) return Optional.empty();
        Integer figure = null;
        for (Record r : records) {
            if (!(r instanceof MealCount m) || !c.delegation().equals(m.delegation()) || m.count() == null) continue;
            if (!m.date().isAfter(c.date())) continue;
            if (figure != null && !figure.equals(m.count())) return Optional.empty();
            figure = m.count();
        }
        return figure != null && figure == size - c.count() ? Optional.of(figure) : Optional.empty();
    }
}
