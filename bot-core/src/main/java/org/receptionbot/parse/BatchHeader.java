package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;

/**
 * "湖南厅今天分两批到 第一批4人 CZ3365 12点05到 第二批三个人…": a movement said to come in batches, with no people,
 * time or train of its own, heads the batches said after it; when a later statement gives a batch of the same kind
 * and delegation, the header is no movement of its own. Said alone ("湖南厅今天分两批到") it stays one.
 */
final class BatchHeader {
    private static final String[] IN_BATCHES = {"分两批", "分三批", "分批", "分两拨", "分三拨", "分两波", "分两车", "分两趟"};

    private BatchHeader() {}

    /** Takes out each batch header a later movement of its kind and delegation follows. */
    static void drop(Drafts drafts) {
        List<Draft> all = drafts.list();
        drafts.dropIf(d -> header(d) && batchAfter(all, d));
    }

    private static boolean header(Draft d) {
        if (!d.isMovement() || d.count != null || d.time != null || d.transport != null) return false;
        for (String w : IN_BATCHES) if (d.statement.contains(w)) return true;
        return false;
    }

    private static boolean batchAfter(List<Draft> all, Draft header) {
        for (int i = all.indexOf(header) + 1; i < all.size(); i++) {
            Draft d = all.get(i);
            if (d.kind == header.kind && Objects.equals(d.team, header.team) && d.count != null) return true;
        }
        return false;
    }
}
