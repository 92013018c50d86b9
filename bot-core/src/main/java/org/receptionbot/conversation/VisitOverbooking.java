package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.summary.RecordText;
import org.receptionbot.visit.VisitBoards;

/**
 * "北海线我们去2人" from a delegation of 5 that has all 5 on 百色线, leaving at the same time: the
 * routes would hold more of its people than it has. The sender is asked whether the people move
 * over from the other route (it loses the people the report adds: 百色线 5→3) or are more people,
 * the question naming the figures each answer gives; nothing impossible is recorded silently.
 */
final class VisitOverbooking {
    private final Event event;
    private final VisitBoards boards;
    private final Choice choice;
    private final RecordText texts;

    VisitOverbooking(Event event, VisitBoards boards, Choice choice) {
        this.event = event;
        this.boards = boards;
        this.choice = choice;
        this.texts = new RecordText(event);
    }

    /** The question to ask instead of applying the message's route reports, if they put more people on the road than the delegation has. */
    Optional<Answer> ask(ParseOutcome.Understood u, Asked asked) {
        Map<String, Integer> said = new HashMap<>();
        for (Record r : u.records()) if (r instanceof Visit v && v.delegation() != null) said.put(v.route(), v.count());
        for (Record r : u.records()) {
            // 北京全部北海线: the whole delegation is its own figure, no addition to weigh (and no count to weigh it by)
            if (!(r instanceof Visit v) || v.delegation() == null || v.count() == null) continue;
            Optional<VisitRoute> route = event.route(v.route());
            Optional<Delegation> d = event.delegation(v.delegation());
            if (route.isEmpty() || d.isEmpty() || v.count() <= boards.people(v.route(), v.delegation())) continue;
            List<VisitRoute> others = others(route.get(), v.delegation(), said);
            int total = v.count();
            for (VisitRoute o : others) total += boards.people(o.id(), v.delegation());
            if (total > d.get().size() && !others.isEmpty())
                return Optional.of(question(u, v, total, others, d.get(), asked));
        }
        return Optional.empty();
    }

    private Answer question(
            ParseOutcome.Understood u, Visit v, int total, List<VisitRoute> others, Delegation d, Asked asked) {
        String from = others.size() == 1 ? others.get(0).name() : "其他线路";
        List<String> has = new ArrayList<>();
        for (VisitRoute o : others) has.add(o.name() + "已有" + boards.people(o.id(), d.id()) + "人");
        int held = 0;
        for (VisitRoute o : others) held += boards.people(o.id(), d.id());
        int moved = Math.min(v.count() - boards.people(v.route(), d.id()), held);
        List<Visit> lowered = lowered(moved, others, d.id());
        List<String> become = new ArrayList<>();
        for (Visit l : lowered) become.add(texts.route(l.route()) + "改为" + l.count() + "人");
        int switchedTotal = total - moved;
        String stillOver = switchedTotal > d.size() ? "（⚠该团共计" + switchedTotal + "人，多于全团" + d.size() + "人）" : "";
        String text = texts.delegation(d.id()) + "共" + d.size() + "人，" + String.join("、", has) + "："
                + texts.route(v.route()) + v.count() + "人是从" + from + "调整，还是另外新增？\n选“调整”：" + moved + "人从"
                + from + "调过来，" + String.join("、", become) + "，" + texts.route(v.route()) + "为" + v.count() + "人"
                + stillOver + "；选“新增”：其他线路不变，该团共计" + total + "人，⚠多于全团" + d.size() + "人。\n"
                + "如人数有误，请回复“不对，是××人”。\n请点按钮或回复“调整”或“新增”。";
        List<Record> switched = new ArrayList<>(u.records());
        switched.addAll(lowered);
        return choice.ask(
                text,
                asked,
                u.records(),
                new Choice.Offer(Choice.Option.SWITCHED, "从" + from + "调整", switched),
                new Choice.Offer(Choice.Option.ADDED, "另外新增", u.records()));
    }

    /** The other routes' new figures, lowered in order by the people the report adds to its route. */
    private List<Visit> lowered(int moved, List<VisitRoute> others, String delegation) {
        List<Visit> records = new ArrayList<>();
        int left = moved;
        for (VisitRoute o : others) {
            int had = boards.people(o.id(), delegation);
            int off = Math.min(left, had);
            if (off > 0) records.add(new Visit(delegation, o.id(), had - off));
            left -= off;
        }
        return records;
    }

    /** Routes on the road at the same time with the delegation's people on them, not reported in this message. */
    private List<VisitRoute> others(VisitRoute route, String delegation, Map<String, Integer> said) {
        return event.visits().stream()
                .filter(r -> !r.id().equals(route.id()) && r.date().equals(route.date()) && r.overlaps(route))
                .filter(r -> !said.containsKey(r.id()) && boards.people(r.id(), delegation) > 0)
                .toList();
    }
}
