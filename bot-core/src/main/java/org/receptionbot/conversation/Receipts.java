package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.receptionbot.chat.Receipt;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.MealSnapshot;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Issue;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;
import org.receptionbot.summary.ChangeText;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementEffects;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.UntimedDepartures;

/** The answer to applied records: what was understood, and its effect on the meals and totals. */
public final class Receipts {
    private final Event event;
    private final IssueBook issues;
    private final VenueTotals totals;
    private final HeadcountReceiptLine headcountLines;
    private final RecordText texts;
    private final ChangeText changes;
    private final MovementEffects movements;
    private final UntimedDepartures untimed;
    private final VisitEffects visits;
    private final IssueReceiptLine issueLines;

    public Receipts(Event event, IssueBook issues, MealBoards meals, HeadcountBoards headcounts, VisitEffects visits) {
        this.event = event;
        this.issues = issues;
        this.totals = new VenueTotals(event, meals);
        this.headcountLines = new HeadcountReceiptLine(event, headcounts);
        this.texts = new RecordText(event);
        this.changes = new ChangeText(event);
        this.movements = new MovementEffects(event);
        this.untimed = new UntimedDepartures(event);
        this.visits = visits;
        this.issueLines = new IssueReceiptLine(event, issues);
    }

    IssueBook issues() {
        return issues;
    }

    /**
     * The answer to a message whose records were applied before the process stopped, before it
     * could answer: what is recorded, without a before and after it no longer knows.
     */
    Receipt recalled(List<Entry> entries) {
        List<Receipt.Line> lines = new ArrayList<>();
        for (Entry e : entries) lines.add(Receipt.Line.of(texts.describe(e.record())));
        return new Receipt(lines);
    }

    /**
     * @param onTheirOwn the people the message says go on their own ({@link AccountedAbsentees}): a bus short by
     *     just that many is said so, not warned of
     */
    Receipt compose(List<Entry> entries, MealSnapshot before, MealSnapshot after, int onTheirOwn) {
        return new Receipt(lines(entries, List.of(), before, after, onTheirOwn));
    }

    /**
     * What the late notice of a report says: {@code receipt}, without the meals whose count deadline had not passed at
     * {@code at} ("青海中午25 晚上27" at 10:10 tells of lunch only); the receipt itself when it has none such.
     */
    Receipt pastDeadline(
            Receipt receipt,
            List<Entry> entries,
            MealSnapshot before,
            MealSnapshot after,
            int onTheirOwn,
            java.time.Instant at) {
        LocalDateTime now = LocalDateTime.ofInstant(at, event.zone());
        List<Entry> late = entries.stream()
                .filter(e -> !(e.record() instanceof MealRecord m)
                        || event.meal(m.meal())
                                .map(meal -> !now.isBefore(meal.deadlineFor(m.date())))
                                .orElse(true))
                .toList();
        return late.size() == entries.size() ? receipt : compose(late, before, after, onTheirOwn);
    }

    /** The answer to an edited message: each serving it changes says what it was and what it is now. */
    Receipt corrected(
            List<Entry> entries, List<Entry> replaced, MealSnapshot before, MealSnapshot after, int onTheirOwn) {
        return new Receipt(lines(entries, replaced, before, after, onTheirOwn));
    }

    /** The line naming an entry replaced by one of other words; none when the words stay the same. */
    static final String REPLACED = "原记录（已替换）：";

    /**
     * The answer to an entry recorded again in place of another ({@code text}, headed as an edited
     * message's): "已更新：" when its words changed, "已确认：" when they stay the same.
     */
    static String rerecorded(String text) {
        return text.replaceFirst("^已按修改后的消息更新：", text.contains(REPLACED) ? "已更新：" : "已确认：");
    }

    /** The lines of {@code receipt} for a chat that is told of meals only (the caterer's): its issues' lines left out. */
    static String mealsOnly(Receipt receipt) {
        return String.join(
                "\n",
                receipt.lines().stream()
                        .map(Receipt.Line::text)
                        .filter(t -> !IssueReceiptLine.of(t))
                        .toList());
    }

    /** The words of a receipt: its heading, then its lines. */
    static String recorded(Receipt receipt) {
        return "已记录：" + receipt.body();
    }

    /** The words of the answer to an edited message. */
    static String updated(Receipt receipt) {
        return "已按修改后的消息更新：" + receipt.body();
    }

    private List<Receipt.Line> lines(
            List<Entry> entries, List<Entry> replaced, MealSnapshot before, MealSnapshot after, int onTheirOwn) {
        Map<MealSnapshot.Serving, List<MealRecord>> old = new LinkedHashMap<>();
        for (Entry e : replaced)
            if (e.record() instanceof MealRecord m)
                old.computeIfAbsent(serving(m), s -> new ArrayList<>()).add(m);
        List<String> said = new ArrayList<>();
        Set<MealSnapshot.Serving> shown = new LinkedHashSet<>();
        for (Entry e : entries) said.add(line(e, old, before, after, shown, onTheirOwn));
        Set<String> same = new LinkedHashSet<>();
        for (Entry e : entries) same.add(texts.describe(e.record()));
        for (Entry e : replaced) {
            if (!(e.record() instanceof MealRecord m)) {
                String was = texts.describe(e.record());
                if (!same.contains(was)) said.add(REPLACED + was);
            } else if (after.count(serving(m)) != null && shown.add(serving(m)))
                said.add("撤销：" + changes.undone(m, after.count(serving(m))));
        }
        List<Receipt.Line> lines =
                new ArrayList<>(said.stream().map(Receipt.Line::of).toList());
        lines.addAll(totals.lines(shown));
        List<Record> records =
                new ArrayList<>(replaced.stream().map(Entry::record).toList());
        records.addAll(entries.stream().map(Entry::record).toList());
        List<String> effects = new ArrayList<>(movements.lines(records, before, after));
        if (!entries.isEmpty()) {
            LocalDateTime at = LocalDateTime.ofInstant(entries.get(0).source().at(), event.zone());
            effects.addAll(
                    movements.arrivals(entries.stream().map(Entry::record).toList(), at, after));
            effects.addAll(untimed.lines(entries.stream().map(Entry::record).toList(), at));
        }
        effects.addAll(visits.lines(entries));
        for (String effect : effects) lines.add(Receipt.Line.of(effect));
        return lines;
    }

    private String line(
            Entry e,
            Map<MealSnapshot.Serving, List<MealRecord>> old,
            MealSnapshot before,
            MealSnapshot after,
            Set<MealSnapshot.Serving> shown,
            int onTheirOwn) {
        String text = texts.describe(e.record());
        if (e.record() instanceof MealRecord m) {
            MealSnapshot.Serving s = serving(m);
            DinerCount was = before.count(s);
            DinerCount now = after.count(s);
            if (was == null || now == null || !shown.add(s)) return text;
            if (old.containsKey(s)) return changes.corrected(m, old.get(s), now);
            return text + changes.effect(m, was, now);
        }
        if (e.record() instanceof Headcount h) return headcountLines.line(h, e, text, onTheirOwn);
        if (e.record() instanceof Issue i) return issueLines.line(e, i, text);
        return text;
    }

    private static MealSnapshot.Serving serving(MealRecord m) {
        return new MealSnapshot.Serving(m.delegation(), m.date(), m.meal());
    }
}
