package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/**
 * "柳州线我们去8人" from a delegation of 5: a route would hold more of a delegation's people than
 * it has. Such a report or addition is confirmed before it is recorded, naming the delegation's
 * size; a figure that does not raise the route's is not asked about again.
 */
final class VisitSizes {
    private final Event event;
    private final VisitBoards boards;
    private final RecordText texts;

    VisitSizes(Event event, VisitBoards boards) {
        this.event = event;
        this.boards = boards;
        this.texts = new RecordText(event);
    }

    /** The question to confirm, when a record would put more people on a route than its delegation has. */
    Optional<String> doubt(List<Record> records) {
        List<String> lines = new ArrayList<>();
        for (Record r : records) {
            String route = route(r);
            Optional<Delegation> d = event.delegation(r.delegation());
            if (route == null || d.isEmpty() || event.route(route).isEmpty()) continue;
            int had = boards.people(route, d.get().id());
            int after = r instanceof Visit v ? v.count() : had + ((VisitChange) r).count();
            if (after > d.get().size() && after > had)
                lines.add(texts.delegation(d.get().id()) + " " + texts.route(route) + " " + had + "人→" + after + "人，该团共"
                        + d.get().size() + "人");
        }
        if (lines.isEmpty()) return Optional.empty();
        return Optional.of("请确认以下考察人数（多于该团总人数）：\n" + String.join("\n", lines));
    }

    /** The route a report or an addition with a figure raises; null for any other record. */
    private static String route(Record r) {
        if (r instanceof Visit v && v.count() != null) return v.route();
        if (r instanceof VisitChange c && c.count() != null) return c.to();
        return null;
    }
}
