package org.receptionbot.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.ledger.Recorder;
import org.receptionbot.ledger.Settlement;
import org.receptionbot.ledger.Source;
import org.receptionbot.ledger.UndoneRecords;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MovementEffects;
import org.receptionbot.summary.RecordText;

/**
 * An undo said to be a mistake ("刚才撤销错了"): the records the sender's latest undo took back are
 * recorded again under their message, as a version of it keyed by this message (so "撤销" right after
 * takes them back again), and what that undo had put back in their place is taken back. When which undo
 * is meant cannot be known (a later typed undo took back no records: an issue's step; the message gives
 * figures of its own besides), nothing changes and the answer says so.
 */
final class Redo {
    static final String NONE = "没有找到您撤销过的记录，未作恢复。如需记录，请重新发送。";
    static final String UNKNOWN = "您最近一次撤销没有撤回报数或行程记录，无法确定要恢复哪一条，未作恢复。如需记录，请重新发送。";
    private final Event event;
    private final Ledger ledger;
    private final Recorder recorder;
    private final UndoneRecords undos;
    private final LatestMessage latest;
    private final Settlement settlement;
    private final RecordText texts;

    Redo(Event event, Ledger ledger, Recorder recorder, LatestMessage latest) {
        this.event = event;
        this.ledger = ledger;
        this.recorder = recorder;
        this.undos = new UndoneRecords(event, ledger);
        this.latest = latest;
        this.settlement = new Settlement(event);
        this.texts = new RecordText(event);
    }

    /** What the redo did, for the answer and the late notice; {@code records} empty when nothing changed. */
    record Done(String text, List<Record> records) {}

    Done redo(Command.Redo said, Asked asked) {
        Optional<UndoneRecords.Undo> found =
                undos.latest(asked.chat(), asked.sender().userId());
        if (found.isEmpty()) return new Done(NONE, List.of());
        UndoneRecords.Undo undo = found.get();
        Optional<IncomingMessage> typed = latest.undo(asked);
        if (typed.isPresent() && typed.get().sentAt().isAfter(undo.by().at())) return new Done(UNKNOWN, List.of());
        if (said.more()) return new Done(unsure(undo), List.of());
        List<Entry> back = undo.withdrawn().stream()
                .filter(e -> !(e.record() instanceof Issue) && !settlement.settled(e.record(), asked.now()))
                .toList();
        if (back.isEmpty()) return new Done("刚才撤销的记录所涉餐次已开餐或为问题反馈，不能恢复；如需处理，请告知协调组。", List.of());
        List<Record> records = back.stream().map(Entry::record).toList();
        Source had = back.get(back.size() - 1).source();
        List<Record> inForce = ledger.activeEntriesOf(had.messageRef()).stream()
                .map(Entry::record)
                .toList();
        if (inForce.containsAll(records)) return new Done("刚才撤销的记录已恢复，未重复记录。", List.of());
        List<Record> touched = new ArrayList<>(records);
        undo.reinstated().forEach(e -> touched.add(e.record()));
        MealSnapshot before = MealSnapshot.of(event, ledger, touched);
        recorder.withdraw(undo.reinstated(), asked.source());
        recorder.apply(had.keyedBy(asked.source().messageKey()), records, undo.reinstated());
        MealSnapshot after = MealSnapshot.of(event, ledger, touched);
        String replaced = undo.reinstated().isEmpty() ? "" : "\n原记录（已替换）：" + described(undo.reinstated());
        return new Done("已恢复刚才撤销的记录：" + String.join("\n", lines(records, before, after)) + replaced, records);
    }

    /**
     * A message that says the undo was a mistake and gives figures of its own may mean either record: what
     * the undo took back and what stands are named, and the sender is asked to say which.
     */
    private String unsure(UndoneRecords.Undo undo) {
        StringBuilder s = new StringBuilder("未作变更：这条消息说刚才的撤销有误，又写了其他内容，不能确定要恢复哪条记录。\n刚才撤销的是：");
        s.append(described(undo.withdrawn()));
        if (!undo.reinstated().isEmpty()) s.append("\n现有记录：").append(described(undo.reinstated()));
        return s.append("\n如要恢复刚才撤销的记录，请只发送“撤销错了”；如现有记录无误，无需再发。").toString();
    }

    private String described(List<Entry> entries) {
        return String.join(
                "；", entries.stream().map(e -> texts.describe(e.record())).toList());
    }

    private List<String> lines(List<Record> records, MealSnapshot before, MealSnapshot after) {
        List<String> lines = new ArrayList<>();
        for (Record r : records) {
            String text = texts.describe(r);
            if (r instanceof MealRecord m) {
                DinerCount now = after.count(new MealSnapshot.Serving(m.delegation(), m.date(), m.meal()));
                if (now != null) text += "，" + texts.meal(m.meal()) + now.diners() + "人";
            }
            lines.add(text);
        }
        lines.addAll(new MovementEffects(event).lines(records, before, after));
        return lines;
    }
}
