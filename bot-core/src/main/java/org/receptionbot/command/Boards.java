package org.receptionbot.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.HeadcountBoards;
import org.receptionbot.summary.HeadcountText;
import org.receptionbot.summary.IssueBoardText;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoard;
import org.receptionbot.summary.MovementBoardText;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.StayingOn;
import org.receptionbot.summary.Texts;
import org.receptionbot.summary.VehicleText;

/** The commands that read: meal board, movements, head counts, issues, a delegation, a vehicle. */
public final class Boards {
    private final Event event;
    private final MealBoards meals;
    private final MovementBoards movements;
    private final HeadcountBoards headcounts;
    private final IssueBoards issues;
    private final StatusText status;
    private final RecordText texts;
    private final DelegationNames names;
    private final HeldNotes held;
    private final MealQuestions questions;
    private final VehicleText vehicleText;
    private final StayingOn stayingOn;
    private final MealBoardText mealText;

    public Boards(
            Event event,
            MealBoards meals,
            MovementBoards movements,
            HeadcountBoards headcounts,
            IssueBoards issues,
            StatusText status) {
        this(event, meals, movements, headcounts, issues, status, new HeldNotes(null, null));
    }

    /** @param held the held movements and bus counts shown under their boards as 待确认 */
    public Boards(
            Event event,
            MealBoards meals,
            MovementBoards movements,
            HeadcountBoards headcounts,
            IssueBoards issues,
            StatusText status,
            HeldNotes held) {
        this.event = event;
        this.held = held;
        this.meals = meals;
        this.movements = movements;
        this.headcounts = headcounts;
        this.issues = issues;
        this.status = status;
        this.texts = new RecordText(event);
        this.names = new DelegationNames(event);
        this.stayingOn = new StayingOn(event, meals, movements);
        this.mealText = new MealBoardText(texts, stayingOn);
        this.questions = new MealQuestions(event, meals, mealText);
        this.vehicleText = new VehicleText(event);
    }

    Answer question(Command.MealQuestion q, Asked asked) {
        return questions.answer(q, asked);
    }

    /** "广东的车是几号车": the delegation's vehicles with plates, drivers and phones. */
    Answer vehicleOf(Command.VehicleOf v, Asked asked) {
        String typed = v.delegation().isEmpty() ? asked.sender().delegation() : v.delegation();
        if (typed == null) return Answer.of("请写明代表团，如“湖南的车是几号车”。");
        Optional<Delegation> d = names.find(typed);
        if (d.isEmpty()) return Answer.of(names.notFound(typed));
        if (vehicleText.of(d.get().id()).isEmpty()) return Answer.of(d.get().name() + "在活动安排中没有登记专用车辆，用车请联系协调组。");
        return Answer.of(d.get().name() + "用车：\n" + vehicleText.lines(d.get().id()));
    }

    Answer meals(Command.Meals m, Asked asked) {
        LocalDate date = m.date();
        if (!event.serves(date)) return outside(date);
        Meal meal = m.meal() == null ? next(asked) : event.meal(m.meal()).orElseThrow();
        if (m.meal() == null && !date.equals(asked.today()))
            meal = event.meals().get(0);
        return Answer.of(mealText.render(meals.board(date, meal, asked.now())));
    }

    Answer moves(Command.Moves m, Instant now) {
        if (m.date() == null) return Answer.of("没能看懂日期，请写成“明天”“11月23日”或“23号”。");
        MovementBoard day = movements.board(m.date());
        if (m.side() == Command.Moves.Side.NOT_ARRIVED)
            return Answer.of(held.under(
                    new MovementBoardText().notArrived(day, m.date().equals(LocalDate.ofInstant(now, event.zone()))),
                    m.date(),
                    now,
                    Movement.class,
                    "抵离安排"));
        boolean arrivals = m.side() == Command.Moves.Side.ARRIVALS;
        boolean none =
                m.side() != Command.Moves.Side.BOTH && day.lines().stream().noneMatch(l -> l.arrival() == arrivals);
        // 查看到达 on a day with no arrival: 今日无抵达, plainly, with the day's departures
        String board = none
                ? new MovementBoardText()
                        .without(day, arrivals, m.date().equals(LocalDate.ofInstant(now, event.zone())))
                : new MovementBoardText().render(day);
        board = (board + "\n" + stayingOn.line(m.date())).stripTrailing();
        return Answer.of(held.under(board, m.date(), now, Movement.class, "抵离安排"));
    }

    Answer counts(Command.Counts c, Instant now) {
        if (c.date() == null) return Answer.of("没能看懂日期，请写成“今天”“11月23日”或“23号”。");
        String board = new HeadcountText().render(c.date(), headcounts.board(c.date()));
        return Answer.of(held.under(board, c.date(), now, Headcount.class, "清点"));
    }

    Answer issues(Asked asked) {
        return Answer.of(new IssueBoardText(texts).render(issues.pending(asked.now())));
    }

    Answer status(Command.Status s, Asked asked) {
        if (s.delegation() == null && asked.sender().coordinator()) return Answer.of("请写明代表团，如“/status 湖南”。");
        if (s.delegation() == null && asked.sender().delegation() == null) {
            return Answer.of("您还没有绑定代表团。请写“/status 湖南”查看某个代表团，或发送“/bind 湖南”绑定本团。");
        }
        String typed = s.delegation() == null ? asked.sender().delegation() : s.delegation();
        Optional<Delegation> d = names.find(typed);
        if (d.isEmpty()) return Answer.of(names.notFound(typed));
        return Answer.of(status.render(d.get(), asked));
    }

    Answer car(Command.Car c) {
        return new CarCard(event).answer(c);
    }

    /** "2号车实到多少": the vehicle's latest count of the day ({@link VehicleCountAnswer}). */
    Answer vehicleCount(Command.VehicleCount c, Instant now) {
        return new VehicleCountAnswer(event, headcounts).answer(c, held.of(c.date(), now, Headcount.class));
    }

    Answer routeVehicles(Command.RouteVehicles r) {
        return new CarCard(event).route(r);
    }

    private Meal next(Asked asked) {
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        return event.meals().stream()
                .filter(m -> now.toLocalTime().isBefore(m.serveTo()))
                .findFirst()
                .orElse(event.meals().get(event.meals().size() - 1));
    }

    private Answer outside(LocalDate date) {
        return Answer.of(Texts.day(date) + "不在活动日期内（" + Texts.day(event.start()) + "至" + Texts.day(event.end()) + "）。");
    }
}
