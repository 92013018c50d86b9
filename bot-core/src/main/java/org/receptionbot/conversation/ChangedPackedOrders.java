package org.receptionbot.conversation;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueBook;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;
import org.receptionbot.summary.PackedOrder;

/**
 * A packing order for a serving the delegation already ordered packed portions of ("明天早饭打包8份", then
 * "明天早饭打包改成10份"): the same order changed, not a second one. It is said as news on the pending issue of the
 * first order, so that the ledger adds it there (the boards already count the latest order) and the caterer is told of
 * the change on that issue ({@link IssueNotices}). Only when that issue is the delegation's latest pending meal matter,
 * the one the ledger joins a follow-up to; else it opens an issue of its own, as before. An order for another serving,
 * or after the first was settled (/done), is a new order.
 */
final class ChangedPackedOrders {
    private final Event event;
    private final IssueBook issues;

    ChangedPackedOrders(Event event, IssueBook issues) {
        this.event = event;
        this.issues = issues;
    }

    /** The records, with each packing order that changes a pending one said as news on it. */
    List<Record> read(List<Record> records, Instant at) {
        return records.stream().map(r -> read(r, at)).toList();
    }

    private Record read(Record r, Instant at) {
        if (!(r instanceof Issue i)
                || i.category() != IssueCategory.MEAL
                || i.said() != Issue.Said.PLAIN
                || i.delegation() == null) return r;
        // 不用打包了: the packing called off is the pending order changed too, to none
        Optional<PackedOrder> now = PackedOrder.of(i, at, event).or(() -> PackedOrder.calledOff(i, at, event));
        if (now.isEmpty()) return r;
        Optional<PackedOrder> before = latestMealMatter(i.delegation())
                .flatMap(t -> PackedOrder.of(t.issue(), t.reported().at(), event));
        if (before.isEmpty() || !sameServing(before.get(), now.get())) return r;
        return new Issue(i.category(), i.delegation(), i.text(), Issue.Said.STILL);
    }

    private Optional<IssueTicket> latestMealMatter(String delegation) {
        return issues.all().stream()
                .filter(t -> t.pending()
                        && t.issue().category() == IssueCategory.MEAL
                        && delegation.equals(t.issue().delegation()))
                .max(Comparator.comparing(IssueTicket::lastSaid));
    }

    private static boolean sameServing(PackedOrder a, PackedOrder b) {
        return a.date().equals(b.date()) && a.meal().id().equals(b.meal().id());
    }
}
