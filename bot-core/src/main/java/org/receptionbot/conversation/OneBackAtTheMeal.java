package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.VisitBoards;

/**
 * One person said to eat at the meeting place ("她晚饭在酒店吃", "他晚饭回酒店吃") after the serving of the
 * delegation's route people was settled as eaten at the site ({@link SettledRouteMeals}): the parser reads a meal
 * with no figure as the whole plan, but it is one person back, not the whole delegation. When the route figures
 * lowered since the settlement already gave the serving back ({@link RouteMealCuts}: "有1个没去百色 留在酒店了"), it is
 * that person and nothing changes; else the serving gets one back (a MEAL_ADD of 1).
 */
final class OneBackAtTheMeal {
    /** A statement whose subject is one person, said by a pronoun. */
    private static final Pattern ONE = Pattern.compile("^(?:她|他|这位|那位|这个人|那个人|此人)(?![们])");

    private static final Pattern FIGURE = Pattern.compile("[0-9一二两三四五六七八九十]");

    /**
     * What the statement comes to.
     *
     * @param records the records to apply instead of the whole plan; empty when the person is counted already
     * @param said the answer's line when nothing changes
     */
    record Back(List<Record> records, String said) {}

    private final Event event;
    private final Ledger ledger;
    private final VisitBoards boards;
    private final SettledRouteMeals settled;

    OneBackAtTheMeal(Event event, Ledger ledger, VisitBoards boards, SettledRouteMeals settled) {
        this.event = event;
        this.ledger = ledger;
        this.boards = boards;
        this.settled = settled;
    }

    /** What the one person's meal at the meeting place comes to; empty when {@code text} says no such thing. */
    Optional<Back> read(List<Record> records, String text) {
        if (text == null || records.size() != 1 || !(records.get(0) instanceof MealCount m)) return Optional.empty();
        if (m.count() != null || m.delegation() == null) return Optional.empty();
        String t = text.strip();
        if (!ONE.matcher(t).find() || FIGURE.matcher(t).find()) return Optional.empty();
        for (SettledRouteMeals.Settled s : settled.on(m.date())) {
            if (!s.meal().id().equals(m.meal()) || !s.follows(m.delegation())) continue;
            if (!onRoutes(s, m.delegation())) continue;
            if (givenBack(s, m.delegation()) > 0)
                return Optional.of(new Back(
                        List.of(),
                        "已计入：" + name(m.delegation()) + " " + Texts.day(s.date())
                                + s.meal().label() + "，未去考察、回酒店用餐的人员已加回，未作变更。"));
            return Optional.of(new Back(List.of(new MealAdd(m.delegation(), m.date(), m.meal(), 1)), null));
        }
        return Optional.empty();
    }

    private boolean onRoutes(SettledRouteMeals.Settled s, String delegation) {
        for (VisitRoute r : s.routes())
            if (boards.listAt(r.id(), s.at()).map(l -> l.people(delegation)).orElse(0) > 0) return true;
        return false;
    }

    /** The people the route changes since the settlement gave back to the serving, less those they took off. */
    private int givenBack(SettledRouteMeals.Settled s, String delegation) {
        int back = 0;
        for (Entry e : ledger.day(s.date()).active()) {
            if (!e.source().at().isAfter(s.at())
                    || !delegation.equals(e.record().delegation())) continue;
            if (e.record() instanceof MealAdd a && a.meal().equals(s.meal().id())) back += a.count();
            if (e.record() instanceof MealCancel c && c.meal().equals(s.meal().id()) && c.count() != null)
                back -= c.count();
        }
        return back;
    }

    private String name(String delegation) {
        return event.delegation(delegation).map(Delegation::name).orElse(delegation);
    }
}
