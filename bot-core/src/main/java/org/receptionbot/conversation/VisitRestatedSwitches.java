package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.visit.VisitBoards;

/**
 * "不对 只有李处1个人改去柳州 北海线还是2个" after "李处改去柳州 北海线我们就剩2个了": a switch said beside the
 * figure that stays on the route it leaves, when that route already holds that figure, is a switch already
 * recorded, restated: it is not applied twice (the route's figure beside it is recorded as it is).
 */
final class VisitRestatedSwitches {
    private final VisitBoards boards;

    VisitRestatedSwitches(VisitBoards boards) {
        this.boards = boards;
    }

    /** The outcome without the switches the lists already show. */
    ParseOutcome drop(ParseOutcome outcome) {
        if (!(outcome instanceof ParseOutcome.Understood u)) return outcome;
        List<Record> records = new ArrayList<>();
        boolean dropped = false;
        for (Record r : u.records()) {
            if (r instanceof VisitChange c && restated(c, u.records())) {
                dropped = true;
                continue;
            }
            records.add(r);
        }
        return dropped ? outcome.withRecords(records) : outcome;
    }

    private boolean restated(VisitChange c, List<Record> records) {
        if (c.delegation() == null || c.from() == null || c.to() == null || c.count() == null) return false;
        for (Record r : records)
            if (r instanceof Visit v
                    && c.delegation().equals(v.delegation())
                    && c.from().equals(v.route())
                    && !v.wholeDelegation()
                    && v.count() == boards.people(c.from(), c.delegation())
                    && boards.people(c.to(), c.delegation()) >= c.count()) return true;
        return false;
    }
}
