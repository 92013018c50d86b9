package org.receptionbot.command;

import java.time.LocalDate;
import java.util.List;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Person;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.Texts;

/** A delegation's card: people, today's and tomorrow's meals, plans, vehicles, waiting issues. */
final class StatusText {
    private final Desk desk;

    StatusText(Desk desk) {
        this.desk = desk;
    }

    String render(Delegation d, Asked asked) {
        StringBuilder s =
                new StringBuilder(d.name()).append("（").append(d.size()).append("人）\n");
        s.append("住宿：").append(desk.event().hotel(d.hotel()).map(h -> h.name()).orElse("未登记"));
        s.append("；用餐：")
                .append(desk.event().venue(d.venue()).map(v -> v.name()).orElse("未登记"))
                .append('\n');
        if (!d.liaisons().isEmpty())
            s.append("联络员：").append(liaisons(d.liaisons())).append('\n');
        meals(s, d, asked.today(), "今日", asked);
        meals(s, d, asked.today().plusDays(1), "明日", asked);
        s.append("抵达：")
                .append(plan(d.arrival()))
                .append("；离开：")
                .append(plan(d.departure()))
                .append('\n');
        desk.event().vehicles().stream()
                .filter(v -> d.id().equals(v.delegation()))
                .forEach(v -> s.append("车辆：")
                        .append(v.id())
                        .append("号车 ")
                        .append(v.plate())
                        .append(' ')
                        .append(v.driver())
                        .append('\n'));
        List<IssueLine> issues = desk.issues().pending(asked.now()).stream()
                .filter(l -> d.id().equals(l.ticket().issue().delegation()))
                .toList();
        for (IssueLine l : issues)
            s.append("待处理问题 #")
                    .append(l.ticket().number())
                    .append(' ')
                    .append(l.ticket().issue().text())
                    .append('\n');
        return s.toString().stripTrailing();
    }

    private void meals(StringBuilder s, Delegation d, LocalDate date, String label, Asked asked) {
        if (!desk.event().covers(date)) return;
        s.append(label).append("用餐：");
        for (Meal meal : desk.event().meals()) {
            DinerCount c = desk.meals().count(date, meal, d.id());
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

    private static String plan(Plan p) {
        if (p == null) return "未登记";
        String s = Texts.day(p.date()) + (p.time() == null ? "" : Texts.time(p.time()));
        return p.transport() == null ? s : s + " " + p.transport();
    }
}
