package org.receptionbot.command;

import java.util.List;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Venue;
import org.receptionbot.ledger.ActualCount;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.Texts;
import org.receptionbot.summary.VenueBoard;

/**
 * {@code /actual}: a venue's actual diners after a meal, against the booking. A figure far above
 * what the venue can seat or was booked for (more than twice) is held, shown on the meal board as
 * 待确认, until the sender confirms it, a newer count of the same venue and serving from the sender
 * takes its place, or its day has passed.
 */
public final class Actuals {
    private final Event event;
    private final Ledger ledger;
    private final PendingQuestions pending;
    private final HeldFigures held;
    private final MealBoards meals;
    private final People people;

    public Actuals(
            Event event, Ledger ledger, PendingQuestions pending, HeldFigures held, MealBoards meals, People people) {
        this.event = event;
        this.ledger = ledger;
        this.pending = pending;
        this.held = held;
        this.meals = meals;
        this.people = people;
    }

    Answer report(Command.Actual a, Asked asked) {
        if (!asked.sender().coordinator() && !caterer(asked.chat())) return Answer.of("抱歉，实际就餐人数由协调组或餐饮保障组登记。");
        if (a.venue() == null || a.meal() == null || a.count() == null)
            return Answer.of("请写明餐厅、餐次和人数，如“/actual 九院 午餐 412”。");
        if (a.date() == null || !event.covers(a.date())) return Answer.of("日期不在活动期间内，未登记。");
        Optional<Venue> venue = event.venues().stream()
                .filter(v -> v.id().equalsIgnoreCase(a.venue()) || v.name().contains(a.venue()))
                .findFirst();
        if (venue.isEmpty()) return Answer.of("没有找到餐厅“" + a.venue() + "”。现有餐厅：" + venues() + "。");
        Meal meal = event.meal(a.meal()).orElseThrow();
        if (asked.now()
                .isBefore(a.date().atTime(meal.serveFrom()).atZone(event.zone()).toInstant()))
            return Answer.of(
                    Texts.day(a.date()) + meal.label() + "尚未开餐（" + meal.serveFrom() + "开餐），实际就餐人数请开餐后再登记，未登记。");
        ActualCount actual = new ActualCount(a.date(), a.meal(), venue.get().id(), a.count(), asked.source());
        VenueBoard board = board(actual, asked);
        if (a.count() > 2 * Math.max(venue.get().capacity(), board.booked())) return hold(actual, board, asked);
        return record(actual, asked);
    }

    /** Records a held-back count the sender confirmed. */
    public Answer confirm(Pending.ActualConfirmation held, Asked asked) {
        return record(held.actual(), asked);
    }

    private Answer record(ActualCount actual, Asked asked) {
        Optional<Integer> earlier = ledger.actuals(actual.date()).stream()
                .filter(c -> c.meal().equals(actual.meal()) && c.venue().equals(actual.venue()))
                .map(ActualCount::count)
                .findFirst();
        ledger.recordActual(actual);
        settle(actual, asked);
        VenueBoard board = board(actual, asked);
        return Answer.of("已登记：" + serving(actual, board) + " 实到" + actual.count() + "人"
                + earlier.map(n -> "（原登记" + n + "人）").orElse("") + "，预订" + board.booked() + "人，"
                + Texts.gap(board.difference()) + (board.differenceFlagged() ? " ⚠请核实" : ""));
    }

    private Answer hold(ActualCount actual, VenueBoard board, Asked asked) {
        held.hold(
                ConfirmKeys.key(asked.chat(), asked.sender().userId()),
                new Pending.ActualConfirmation(actual),
                asked.now());
        String text = "请确认实际就餐人数（远超餐厅容量和预订人数）：\n" + serving(actual, board) + " 实到" + actual.count() + "人（容量"
                + board.venue().capacity() + "人，预订" + board.booked()
                + "人）\n确认前不计入，查看该餐时列为“待确认”；当日结束前确认均有效。\n确认无误请点“确认”或回复“确认”；如有误请重新发送。";
        return new Answer(
                text,
                List.of(new Button("确认", new ButtonAction.Confirm(asked.sender().userId()))));
    }

    /** A count recorded takes the place of the sender's held count of the same venue and serving. */
    private void settle(ActualCount actual, Asked asked) {
        String key = ConfirmKeys.key(asked.chat(), asked.sender().userId());
        if (pending.peek(key, asked.now()).orElse(null) instanceof Pending.ActualConfirmation a
                && a.actual().date().equals(actual.date())
                && a.actual().meal().equals(actual.meal())
                && a.actual().venue().equals(actual.venue())) pending.take(key, asked.now());
    }

    private VenueBoard board(ActualCount actual, Asked asked) {
        Meal meal = event.meal(actual.meal()).orElseThrow();
        return meals.board(actual.date(), meal, asked.now()).venues().stream()
                .filter(v -> v.venue().id().equals(actual.venue()))
                .findFirst()
                .orElseThrow();
    }

    private String serving(ActualCount actual, VenueBoard board) {
        Meal meal = event.meal(actual.meal()).orElseThrow();
        return Texts.day(actual.date()) + meal.label() + " " + board.venue().name();
    }

    private boolean caterer(ChatRef chat) {
        return people.chats(ChatDef.Role.CATERER).contains(chat);
    }

    private String venues() {
        return String.join("、", event.venues().stream().map(Venue::name).toList());
    }
}
