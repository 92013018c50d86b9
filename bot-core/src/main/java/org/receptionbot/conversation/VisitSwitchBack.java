package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.VisitChange;
import org.receptionbot.visit.VisitBoards;

/**
 * "不好意思 李处还是去北海线 刚才说错了" after the delegation's "李处改去柳州线": people said to go back to the route its last
 * switch left ("还是", "又回", or a word that what was said was wrong) come from the route that switch went to, so the switch
 * is undone as a switch, not asked as new people or a move from an unknown route. Only the delegation's last switch still
 * on the lists counts, and only while its route holds the people.
 */
final class VisitSwitchBack {
    /** Words that the people go back, or that the switch made was wrong. */
    private static final Pattern BACK = Pattern.compile("还是|又回|改回|换回|调回|回到|仍然|不对|说错|发错|写错|搞错|报错|错了");

    private final Event event;
    private final Ledger ledger;
    private final VisitBoards boards;

    VisitSwitchBack(Event event, Ledger ledger, VisitBoards boards) {
        this.event = event;
        this.ledger = ledger;
        this.boards = boards;
    }

    /** {@code outcome} with each change back to the route the delegation's last switch left given that switch's route. */
    ParseOutcome read(ParseOutcome outcome, String text) {
        if (!(outcome instanceof ParseOutcome.Understood u)
                || !BACK.matcher(text).find()) return outcome;
        List<Record> records = new ArrayList<>();
        boolean changed = false;
        for (Record r : u.records()) {
            Optional<String> left = r instanceof VisitChange c ? leftFor(c) : Optional.empty();
            if (left.isPresent()) {
                VisitChange c = (VisitChange) r;
                records.add(new VisitChange(c.delegation(), c.count(), left.get(), c.to()));
                changed = true;
            } else records.add(r);
        }
        return changed ? outcome.withRecords(records) : outcome;
    }

    /** The route the delegation's last switch went to, when it left {@code c}'s route and still holds its people. */
    private Optional<String> leftFor(VisitChange c) {
        if (c.delegation() == null || c.count() == null || c.from() != null || c.to() == null) return Optional.empty();
        Optional<VisitRoute> to = event.route(c.to());
        if (to.isEmpty()) return Optional.empty();
        Optional<VisitChange> last = ledger.day(to.get().date()).active().stream()
                .filter(e ->
                        e.record() instanceof VisitChange m && c.delegation().equals(m.delegation()))
                .max(Comparator.comparing((Entry e) -> e.source().at()))
                .map(e -> (VisitChange) e.record());
        if (last.isEmpty()) return Optional.empty();
        VisitChange made = last.get();
        boolean left = Objects.equals(made.from(), c.to())
                || made.from() == null && boards.people(c.to(), c.delegation()) < planned(c.to(), c.delegation());
        if (!left
                || made.to() == null
                || made.to().equals(c.to())
                || made.count() == null
                || made.count() < c.count()
                || boards.people(made.to(), c.delegation()) < c.count()) return Optional.empty();
        return Optional.of(made.to());
    }

    /** The delegation's people on the route in the event's plan. */
    private int planned(String route, String delegation) {
        return event.route(route).map(r -> r.plan().getOrDefault(delegation, 0)).orElse(0);
    }
}
