package org.receptionbot.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.ChangeText;
import org.receptionbot.summary.MovementEffects;
import org.receptionbot.summary.RecordText;

/**
 * What an undo of records says: each record taken back with what it does to the meals, the issues
 * that stay with a coordinator, and the notice of an undo after a meal's deadline.
 */
final class UndoText {
    private final Event event;
    private final Recorder recorder;
    private final RecordText texts;

    UndoText(Event event, Recorder recorder) {
        this.event = event;
        this.recorder = recorder;
        this.texts = new RecordText(event);
    }

    /**
     * An issue a coordinator has acknowledged or resolved is theirs now: the reporter's undo does not
     * withdraw it, and the answer says who handles it.
     */
    String handled(List<Entry> entries) {
        StringBuilder s = new StringBuilder();
        for (Entry e : entries)
            recorder.handled(e)
                    .ifPresent(t -> s.append("\n问题#")
                            .append(t.number())
                            .append(
                                    t.resolved() != null
                                            ? "已由" + t.resolved().name() + "办结"
                                            : "已由" + t.acknowledged().name() + "受理")
                            .append("，不随撤销撤回；如已无需处理，请告知协调组。"));
        return s.toString();
    }

    /**
     * Each record taken back with the count its serving returns to, the records of earlier messages it had
     * replaced and that are back ("已恢复：…"), then what that does to the meals.
     */
    List<String> lines(List<Record> records, List<Record> back, MealSnapshot before, MealSnapshot after) {
        ChangeText changes = new ChangeText(event);
        List<String> lines = new ArrayList<>();
        Set<MealSnapshot.Serving> shown = new HashSet<>();
        for (Record r : records) {
            String text = texts.describe(r);
            if (r instanceof MealRecord m) {
                MealSnapshot.Serving s = new MealSnapshot.Serving(m.delegation(), m.date(), m.meal());
                DinerCount now = after.count(s);
                if (now != null && shown.add(s)) text = changes.undone(m, now);
            }
            lines.add(text);
        }
        for (Record r : back) {
            boolean said = r instanceof MealRecord m
                    && shown.contains(new MealSnapshot.Serving(m.delegation(), m.date(), m.meal()));
            if (!said) lines.add("已恢复：" + texts.describe(r));
        }
        List<Record> moved = new ArrayList<>(records);
        moved.addAll(back);
        lines.addAll(new MovementEffects(event).lines(moved, before, after));
        return lines;
    }

    /** The coordinators' and the caterer's notice of an undo after a meal's deadline. */
    String late(Asked asked, String lines) {
        return "⚠报餐截止后撤销（" + asked.sender().name() + " " + texts.clock(asked.now()) + "）\n" + lines;
    }
}
