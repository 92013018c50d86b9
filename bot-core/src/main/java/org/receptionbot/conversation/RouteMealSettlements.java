package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.DelegationLine;
import org.receptionbot.visit.RouteList;
import org.receptionbot.visit.VisitBoards;

/**
 * A coordinator's word that a whole route eats at its site ({@link RouteMealWords}) settles the serving for every
 * delegation on the route: each delegation that has not reported the serving has its people on the route's list
 * taken off it (a MEAL_CANCEL of that many, recorded under the coordinator's message, so it can be undone); a
 * delegation that reported the serving keeps its own figure, and the answer names it. The meal board then no longer
 * counts the route's people as eating at the meeting place. Route figures changed afterwards move the meal with
 * them ({@link RouteMealCuts}), the settlement being found again from these cancellations ({@link SettledRouteMeals}).
 */
final class RouteMealSettlements {
    private final Event event;
    private final RouteMealWords words;
    private final VisitBoards visits;
    private final MealBoards meals;

    RouteMealSettlements(Event event, VisitBoards visits, MealBoards meals) {
        this.event = event;
        this.words = new RouteMealWords(event);
        this.visits = visits;
        this.meals = meals;
    }

    /**
     * What a coordinator's message settles: the cancellations to record and the line that says what they are.
     *
     * @param records empty when every delegation on the routes had reported the serving already
     */
    record Settlement(List<Record> records, String said) {}

    /** The settlement {@code text} makes, when a coordinator says a whole route eats at its site. */
    Optional<Settlement> read(String text, Asked asked) {
        if (!asked.sender().coordinator()) return Optional.empty();
        List<RouteMealWords.Said> said = words.read(text, asked.today());
        if (said.isEmpty()) return Optional.empty();
        List<Record> records = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (RouteMealWords.Said s : said) {
            Optional<RouteList> list = visits.list(s.route().id());
            if (list.isEmpty()) continue;
            int people = 0;
            int teams = 0;
            List<String> kept = new ArrayList<>();
            for (DelegationLine line : list.get().delegations()) {
                if (line.people() == 0) continue;
                DinerCount count = meals.count(s.date(), s.meal(), line.delegation());
                if (count.stay() != DinerCount.Stay.THERE) continue;
                if (count.reported()) {
                    kept.add(name(line.delegation()) + count.diners() + "人");
                    continue;
                }
                records.add(new MealCancel(line.delegation(), s.date(), s.meal().id(), line.people()));
                people += line.people();
                teams++;
            }
            lines.add(said(s, people, teams, kept));
        }
        if (lines.isEmpty()) return Optional.empty();
        return Optional.of(new Settlement(records, String.join("\n", lines)));
    }

    /** "北海线人员12月9日（周三）晚餐在考察地用餐：已从22个代表团的晚餐中减去该线路人员，共81人。…" */
    private static String said(RouteMealWords.Said s, int people, int teams, List<String> kept) {
        String meal = s.meal().label();
        StringBuilder l = new StringBuilder(s.route().name() + "人员" + Texts.day(s.date()) + meal + "在考察地用餐：");
        if (teams > 0) l.append("已从" + teams + "个代表团的" + meal + "中减去该线路人员，共" + people + "人。");
        if (!kept.isEmpty())
            l.append(teams > 0 ? "已报" + meal + "的代表团" : "该线路各团均已报" + meal + "，")
                    .append("按其所报计，未作改动：" + String.join("、", kept) + "。");
        if (teams == 0 && kept.isEmpty()) l.append("该线路名单上没有人员，未作变更。");
        return l.toString();
    }

    private String name(String delegation) {
        return event.delegation(delegation).map(Delegation::name).orElse(delegation);
    }
}
