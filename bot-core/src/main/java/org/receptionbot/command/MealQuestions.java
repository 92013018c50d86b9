package org.receptionbot.command;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.access.Sender;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.Texts;

/**
 * Answers meal questions in plain words. A coordinator gets the board of the meal, the delegations
 * that have not reported it, or one delegation's line; a liaison gets their own delegation's line
 * (a question about another delegation, or about everyone, is talk between liaisons: no answer).
 * A question that names no meal is about the next meal not being served yet, a meal taken on
 * request aside.
 */
final class MealQuestions {
    private final Event event;
    private final MealBoards meals;
    private final MealBoardText boardText;
    private final DelegationNames names;

    MealQuestions(Event event, MealBoards meals, MealBoardText boardText) {
        this.event = event;
        this.meals = meals;
        this.boardText = boardText;
        this.names = new DelegationNames(event);
    }

    Answer answer(Command.MealQuestion q, Asked asked) {
        Serving s = serving(q, asked);
        if (!event.serves(s.date())) return Answer.of(Texts.day(s.date()) + "不在活动日期内。");
        String own = asked.sender() instanceof Sender.Liaison l ? l.delegation() : null;
        boolean coordinator = asked.sender().coordinator();
        String typed = q.delegation() == null || q.delegation().isEmpty() ? null : q.delegation();
        if (!coordinator) {
            Optional<Delegation> named = typed == null ? Optional.empty() : names.find(typed);
            boolean ownAsked = typed == null
                    ? q.ask() != Command.MealQuestion.Ask.NOT_REPORTED
                    : named.isPresent() && named.get().id().equals(own);
            if (own == null || !ownAsked) return Answer.silence();
            return Answer.of(line(event.delegation(own).orElseThrow(), s, asked));
        }
        if (typed != null)
            return names.find(typed)
                    .map(d -> Answer.of(line(d, s, asked)))
                    .orElseGet(() -> Answer.of(names.notFound(typed)));
        MealBoard board = meals.board(s.date(), s.meal(), asked.now());
        if (q.ask() == Command.MealQuestion.Ask.TOTAL) return Answer.of(boardText.render(board));
        return Answer.of(notReported(board));
    }

    /** "11月30日（周一）午餐（10:00截止，已截止）尚未报餐的代表团（2个，按全团人数计）：…" */
    private String notReported(MealBoard board) {
        String head = Texts.day(board.date()) + board.meal().label() + "（"
                + Texts.time(board.meal().deadlineFor(board.date()).toLocalTime()) + "截止"
                + (board.locked() ? "，已截止" : "") + "）";
        StringBuilder s = new StringBuilder(head);
        if (board.notReported().isEmpty()) s.append("：各代表团均已报餐。");
        else
            s.append("尚未报餐的代表团（")
                    .append(board.notReported().size())
                    .append("个，")
                    .append(MealBoardText.assumed(board.meal()))
                    .append("）：\n")
                    .append(board.notReported().stream()
                            .map(MealQuestions::withLiaisons)
                            .collect(Collectors.joining("\n")));
        if (!board.held().isEmpty())
            s.append("\n另有")
                    .append(board.held().size())
                    .append("条报告待发送人确认（确认前暂按未报计）：")
                    .append(board.held().stream()
                            .map(h -> event.delegation(h.record().delegation())
                                    .map(Delegation::name)
                                    .orElse("未指定"))
                            .distinct()
                            .collect(Collectors.joining("、")));
        return s.toString();
    }

    /** "广西壮族自治区代表团 11月30日（周一）晚餐：已报，52人" */
    private String line(Delegation d, Serving s, Asked asked) {
        DinerCount c = meals.count(s.date(), s.meal(), d.id());
        boolean held = meals.board(s.date(), s.meal(), asked.now()).holds(d.id());
        String state;
        if (held) state = "所报人数待发送人确认，暂按未报计" + c.diners() + "人";
        else if (c.reported()) state = "已报，" + c.diners() + "人";
        else if (c.left()) state = "已离会，0人";
        else if (c.stay() == DinerCount.Stay.NOT_ARRIVED) state = "尚未抵达，0人";
        else if (c.carried() != null) state = "未报，按需报送，按0人计";
        else state = "未报，按全团计" + c.diners() + "人";
        String deadline = Texts.time(s.meal().deadlineFor(s.date()).toLocalTime());
        boolean locked = !LocalDateTime.ofInstant(asked.now(), event.zone())
                .isBefore(s.meal().deadlineFor(s.date()));
        return d.name() + " " + Texts.day(s.date()) + s.meal().label() + "：" + state + "（报餐"
                + (locked ? "已于" + deadline + "截止" : deadline + "截止") + "）";
    }

    private static String withLiaisons(Delegation d) {
        if (d.liaisons().isEmpty()) return d.name();
        return d.name() + "（联络员 "
                + d.liaisons().stream()
                        .map(p -> p.name() + (p.phone() == null ? "" : " " + p.phone()))
                        .collect(Collectors.joining("、"))
                + "）";
    }

    /**
     * The serving asked about: the meal named; else, of the meals reported every day (a meal taken
     * on request is ordered only by who wants it), the first of the day named, or the next not
     * being served yet (so just after a deadline, the meal whose reports were due).
     */
    private Serving serving(Command.MealQuestion q, Asked asked) {
        LocalDate date = q.date() == null ? asked.today() : q.date();
        if (q.meal() != null) return new Serving(date, event.meal(q.meal()).orElseThrow());
        List<Meal> regular = event.meals().stream().filter(m -> !m.onRequest()).toList();
        if (regular.isEmpty()) regular = event.meals();
        if (!date.equals(asked.today())) return new Serving(date, regular.get(0));
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        for (Meal m : regular) if (now.toLocalTime().isBefore(m.serveFrom())) return new Serving(date, m);
        return new Serving(date.plusDays(1), regular.get(0));
    }

    private record Serving(LocalDate date, Meal meal) {}
}
