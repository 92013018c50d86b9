package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.record.Record;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;
import org.receptionbot.visit.VisitFlag;

/**
 * The visit changes to confirm before they are recorded ({@link VisitEffects#doubt}): those taking more people off a
 * route than the delegation has there, each with what it has, else those {@link VisitSizes} doubts.
 */
record VisitDoubts(RecordText texts, VisitBoards boards, VisitSizes sizes) {
    /** The question to confirm, or empty when no change is in doubt. */
    Optional<String> doubt(List<Record> records, LocalDate sent) {
        StringBuilder s = new StringBuilder();
        for (Record r : records) {
            if (!(r instanceof VisitChange c) || boards.trial(r, sent) != VisitFlag.BELOW_ZERO) continue;
            s.append('\n')
                    .append(texts.describe(c))
                    .append("（")
                    .append(has(c, sent))
                    .append("）");
        }
        if (s.length() == 0) return sizes.doubt(records);
        return Optional.of("请确认以下考察人数变动（减少的人数多于该团在线路上的现有人数）：" + s);
    }

    private String has(VisitChange c, LocalDate sent) {
        List<String> on = new ArrayList<>();
        for (RouteList l : boards.board(null, null).routes()) {
            int n = l.people(c.delegation());
            boolean day = c.from() == null
                    ? !l.route().date().isBefore(sent)
                    : l.route().id().equals(c.from());
            if (day && (n > 0 || c.from() != null)) on.add(l.route().name() + n + "人");
        }
        return on.isEmpty() ? "该团目前没有考察人员" : "该团现有：" + String.join("，", on);
    }
}
