package org.receptionbot.command;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.ledger.StandingMovements;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
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

    private final StandingMovements standings;

    UndoText(Event event, Recorder recorder, Ledger ledger) {
        this.event = event;
        this.recorder = recorder;
        this.texts = new RecordText(event);
        this.standings = new StandingMovements(event, ledger);
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
            if (r instanceof Movement m && whole(m)) lines.add(stands(m, back));
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

    /**
     * What stands of a whole team's arrival or departure once {@code taken} is taken back ("上海市代表团 12月11日（周五）
     * 07:00 离开（全团）" taken back leaves "现按原计划：…08:30 离开（全团），G1502"), so the answer is not read as the
     * movement taken back standing.
     */
    private String stands(Movement taken, List<Record> back) {
        String kind = taken instanceof org.receptionbot.record.Arrival ? "抵达" : "离开";
        var now = standings.of(taken.delegation(), taken);
        if (now.isEmpty()) return "撤回后" + texts.delegation(taken.delegation()) + "暂无" + kind + "安排";
        String as = now.get().planned() ? "原计划" : back.contains(now.get().movement()) ? "恢复的此前所报" : "此前所报";
        return "撤回后" + kind + "现按" + as + "：" + texts.describe(now.get().movement());
    }

    private boolean whole(Movement m) {
        return m.count() == null
                || event.delegation(m.delegation())
                        .map(d -> m.count() >= d.size())
                        .orElse(false);
    }

    /** The coordinators' and the caterer's notice of an undo after a meal's deadline. */
    String late(Asked asked, String lines) {
        return "⚠报餐截止后撤销（" + asked.sender().name() + " " + texts.clock(asked.now()) + "）\n" + lines;
    }
}
