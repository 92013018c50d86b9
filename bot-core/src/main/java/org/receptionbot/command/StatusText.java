package org.receptionbot.command;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Person;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.Texts;
import org.receptionbot.summary.VehicleText;

/** A delegation's card: people, today's and tomorrow's meals, plans, vehicles, waiting issues. */
public final class StatusText {
    private final Event event;
    private final Ledger ledger;
    private final MealBoards meals;
    private final IssueBoards issues;

    public StatusText(Event event, Ledger ledger, MealBoards meals, IssueBoards issues) {
        this.event = event;
        this.ledger = ledger;
        this.meals = meals;
        this.issues = issues;
    }

    String render(Delegation d, Asked asked) {
        StringBuilder s =
                new StringBuilder(d.name()).append("（").append(d.size()).append("人）\n");
        s.append("住宿：").append(event.hotel(d.hotel()).map(h -> h.name()).orElse("未登记"));
        s.append("；用餐：")
                .append(event.venue(d.venue()).map(v -> v.name()).orElse("未登记"))
                .append('\n');
        if (!d.liaisons().isEmpty())
            s.append("联络员：").append(liaisons(d.liaisons())).append('\n');
        meals(s, d, asked.today(), "今日", asked);
        meals(s, d, asked.today().plusDays(1), "明日", asked);
        s.append("抵达：")
                .append(movements(d, true, d.arrival()))
                .append("；离开：")
                .append(movements(d, false, d.departure()))
                .append('\n');
        s.append("车辆：")
                .append(new VehicleText(event).lines(d.id()).replace("\n", "；"))
                .append('\n');
        List<IssueLine> waiting = issues.pending(asked.now()).stream()
                .filter(l -> d.id().equals(l.ticket().issue().delegation()))
                .toList();
        for (IssueLine l : waiting)
            s.append("待处理问题 #")
                    .append(l.ticket().number())
                    .append(' ')
                    .append(l.ticket().issue().text())
                    .append(
                            l.ticket().saidFixed() == null
                                    ? ""
                                    : "（" + l.ticket().standing() + "）")
                    .append('\n');
        return s.toString().stripTrailing();
    }

    private void meals(StringBuilder s, Delegation d, LocalDate date, String label, Asked asked) {
        if (!event.serves(d.id(), date)) return;
        s.append(label).append("用餐：");
        for (Meal meal : event.meals()) {
            DinerCount c = meals.count(date, meal, d.id());
            s.append(meal.label())
                    .append(c.diners())
                    .append("人")
                    .append(c.reported() ? "" : "（未报）")
                    .append(' ');
        }
        s.setLength(s.length() - 1);
        s.append('\n');
    }

    private static String liaisons(List<Person> people) {
        return String.join(
                "、",
                people.stream()
                        .map(p -> p.name() + (p.phone() == null ? "" : " " + p.phone()))
                        .toList());
    }

    /**
     * The plan of the event file, or the whole-delegation movement reported instead of it, then the
     * people who move on their own ("其余25人 11月26日（周四）09:00 K1158；10人 11月23日（周一）06:00（已报）").
     */
    private String movements(Delegation d, boolean arrival, Plan plan) {
        List<Movement> reported = ledger.activeMovements().stream()
                .map(e -> (Movement) e.record())
                .filter(m -> d.id().equals(m.delegation()) && (m instanceof Arrival) == arrival)
                .toList();
        Predicate<Movement> part = m -> m.count() != null && m.count() < d.size();
        List<Movement> parts = reported.stream().filter(part).toList();
        Movement whole =
                reported.stream().filter(part.negate()).reduce((a, b) -> b).orElse(null);
        int apart = parts.stream().mapToInt(Movement::count).sum();
        String main = whole != null
                ? when(whole.date(), whole.time(), whole.transport()) + "（已报"
                        + (plan == null ? "" : "，原计划" + plan(plan)) + "）"
                : plan(plan);
        StringBuilder s = new StringBuilder(
                parts.isEmpty() || (whole == null && plan == null) ? "" : "其余" + Math.max(0, d.size() - apart) + "人 ");
        s.append(main);
        for (Movement m : parts)
            s.append("；")
                    .append(m.count())
                    .append("人 ")
                    .append(when(m.date(), m.time(), m.transport()))
                    .append("（已报）");
        return s.toString();
    }

    private static String plan(Plan p) {
        return p == null ? "未登记" : when(p.date(), p.time(), p.transport());
    }

    private static String when(LocalDate date, LocalTime time, String transport) {
        String s = Texts.day(date) + (time == null ? "" : Texts.time(time));
        return transport == null ? s : s + " " + transport;
    }
}
