package org.receptionbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Person;
import org.receptionbot.event.Vehicle;
import org.receptionbot.ledger.HeldFigure;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.HeldLines;
import org.receptionbot.summary.IssueBoardText;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoard;
import org.receptionbot.summary.MovementBoardText;
import org.receptionbot.summary.MovementBoards;
import org.receptionbot.summary.MovementLine;
import org.receptionbot.summary.PackedOrder;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.StayingOn;
import org.receptionbot.summary.Texts;
import org.receptionbot.visit.VisitBoards;

/**
 * The evening messages about tomorrow: to the coordinators, the arrivals and departures, the
 * site-visit routes one line each, the breakfast count (on the last evening, the morning after's other meals still
 * eaten too, and the teams still there with no departure: {@link StayingOn}), the packed portions ordered for
 * tomorrow's meals, tomorrow's movements held for their sender's 确认 (待确认) and the open issues; to the work group, a check for each delegation that leaves
 * tomorrow, asking its liaison to confirm time, transport, vehicle and check-out. Each is said
 * once per evening, and not after that evening has passed.
 */
public final class Briefings {
    private final Event event;
    private final MealBoards meals;
    private final MovementBoards movements;
    private final IssueBoards issues;
    private final IssueBoardText issueText;
    private final Outbox outbox;
    private final SaidOnce said;
    private final RoutesOfTheDay routes;
    private final RecordText texts;
    private final StayingOn stayingOn;
    private final HeldFigures held;
    private final HeldLines heldLines;

    /**
     * What the briefings read.
     *
     * @param visits the site-visit lists that tomorrow's briefing shows, or null to leave them out
     * @param held the reports held for their sender's confirmation: tomorrow's arrivals and departures among them are
     *     listed as 待确认 under its movements (a departure said beside a packed meal, {@code PackedLeaveBy}); null for
     *     none
     */
    public record Boards(
            MealBoards meals, MovementBoards movements, IssueBoards issues, VisitBoards visits, HeldFigures held) {
        /** The meal, movement and issue boards, with no site visits and no held reports. */
        public static Boards of(MealBoards meals, MovementBoards movements, IssueBoards issues) {
            return new Boards(meals, movements, issues, null, null);
        }

        /** These boards with tomorrow's site-visit lists from {@code visits}. */
        public Boards withVisits(VisitBoards visits) {
            return new Boards(meals, movements, issues, visits, held);
        }

        /** These boards with the reports held for confirmation in {@code held}. */
        public Boards withHeld(HeldFigures held) {
            return new Boards(meals, movements, issues, visits, held);
        }
    }

    public Briefings(Event event, Boards boards, RecordText texts, Outbox outbox, SaidOnce said) {
        MealBoards meals = boards.meals();
        MovementBoards movements = boards.movements();
        this.held = boards.held();
        this.heldLines = new HeldLines(texts);
        this.routes = new RoutesOfTheDay(boards.visits());
        this.event = event;
        this.meals = meals;
        this.movements = movements;
        this.issues = boards.issues();
        this.issueText = new IssueBoardText(texts);
        this.texts = texts;
        this.outbox = outbox;
        this.said = said;
        this.stayingOn = new StayingOn(event, meals, movements);
    }

    /**
     * The coordinators' briefing on the evening of {@code today}, about the day after: on the evening before each day
     * meals are served, and on the evening of the last such day while teams are still counted there with no departure
     * or someone moves the day after (no meals then: the teams to ask about their departure).
     */
    public Spoken evening(LocalDate today, Instant now) {
        LocalDate tomorrow = today.plusDays(1);
        if (!useful(today, now)) return Spoken.TOO_LATE;
        MovementBoard board = movements.board(tomorrow);
        boolean served = event.serves(tomorrow);
        String staying = stayingOn.line(tomorrow);
        String waiting = heldMovements(tomorrow, now);
        boolean moves = !board.lines().isEmpty() || !waiting.isEmpty();
        if (!served && !(event.serves(today) && (!staying.isEmpty() || moves))) return Spoken.TOO_LATE;
        List<ChatRef> to = Chats.of(event, ChatDef.Role.COORDINATORS);
        if (to.isEmpty()) return Spoken.NO_CHAT;
        if (!said.claim("briefing:" + tomorrow)) return Spoken.ALREADY_SAID;
        StringBuilder s =
                new StringBuilder("【明日安排】").append(Texts.day(tomorrow)).append('\n');
        s.append(board.lines().isEmpty() ? "抵离：无\n" : new MovementBoardText().render(board) + "\n");
        s.append(waiting).append(routes.of(tomorrow));
        if (served) s.append(mealLines(tomorrow, now));
        else s.append("用餐：不供餐（供餐至").append(Texts.day(today)).append("）\n");
        s.append(staying).append(packed(tomorrow));
        List<IssueLine> open = issues.pending(now);
        s.append(open.isEmpty() ? "待处理问题：无" : issueText.render(open));
        String text = s.toString().stripTrailing();
        to.forEach(chat -> outbox.send(Reply.text(chat, null, text)));
        return Spoken.SAID;
    }

    /** Tomorrow's arrivals and departures held for their sender's 确认, as the day's movement board lists them. */
    private String heldMovements(LocalDate tomorrow, Instant now) {
        if (held == null) return "";
        List<HeldFigure> waiting = held.figures(tomorrow, now).stream()
                .filter(h -> h.record() instanceof Movement)
                .toList();
        return heldLines.render(waiting, "抵离安排");
    }

    /** Tomorrow's breakfast count, and after the last day the other meals someone still eats. */
    private String mealLines(LocalDate tomorrow, Instant now) {
        StringBuilder s = new StringBuilder();
        Meal breakfast = event.meals().get(0);
        MealBoard first = meals.board(tomorrow, breakfast, now);
        s.append(breakfast.label()).append("：").append(first.total()).append("人");
        if (!first.notReported().isEmpty())
            s.append("（")
                    .append(first.notReported().size())
                    .append("个团未报，")
                    .append(MealBoardText.assumed(breakfast))
                    .append("）");
        if (!first.held().isEmpty()) s.append("（另有").append(first.held().size()).append("条报告待确认，未计入）");
        s.append('\n');
        return s.append(lastMeals(tomorrow, now)).toString();
    }

    /**
     * On the evening of the last day, the morning after's other meals that someone still eats ("午餐：45人"): only the
     * teams leaving after them are counted then.
     */
    private String lastMeals(LocalDate tomorrow, Instant now) {
        if (event.covers(tomorrow)) return "";
        StringBuilder s = new StringBuilder();
        for (Meal meal : event.meals().subList(1, event.meals().size())) {
            int total = meals.board(tomorrow, meal, now).total();
            if (total > 0) s.append(meal.label()).append("：").append(total).append("人\n");
        }
        return s.toString();
    }

    /**
     * Tomorrow's packed portions, a line for each meal that has some ("早餐打包（共20份）：上海市代表团 20份（7点前）"): the
     * coordinators see what the caterer packs, and by when, beside the count.
     */
    private String packed(LocalDate tomorrow) {
        StringBuilder s = new StringBuilder();
        for (Meal meal : event.meals()) {
            String listed = PackedOrder.listed(meals.packed(tomorrow, meal), texts);
            if (!listed.isEmpty()) s.append(meal.label()).append(listed).append('\n');
        }
        return s.toString();
    }

    /** The work group's departure checks on the evening of {@code today}, for those leaving tomorrow. */
    public Spoken departureChecks(LocalDate today, Instant now) {
        LocalDate tomorrow = today.plusDays(1);
        if (!useful(today, now)) return Spoken.TOO_LATE;
        // a planned departure reported for another day (青海 gone days before) is no one leaving tomorrow
        List<MovementLine> leaving = movements.board(tomorrow).lines().stream()
                .filter(l -> !l.arrival() && l.status() != MovementLine.Status.MOVED)
                .toList();
        if (leaving.isEmpty()) return Spoken.NOTHING_TO_SAY;
        List<ChatRef> to = Chats.of(event, ChatDef.Role.GROUP);
        if (to.isEmpty()) return Spoken.NO_CHAT;
        if (!said.claim(departureChecksKey(tomorrow))) return Spoken.ALREADY_SAID;
        StringBuilder s =
                new StringBuilder("【离会确认】").append(Texts.day(tomorrow)).append("离会的代表团：\n");
        for (MovementLine l : leaving) s.append(line(l)).append('\n');
        s.append("请各团联络员确认出发时间、车次/航班、用车和退房时间，有变化请在群里说明。");
        String text = s.toString();
        to.forEach(chat -> outbox.send(Reply.text(chat, null, text)));
        return Spoken.SAID;
    }

    /**
     * The key under which the 【离会确认】 of those leaving on {@code day} is said once ({@link SaidOnce}): a liaison's
     * bare 确认 after it confirms their team's departure listed in it.
     */
    public static String departureChecksKey(LocalDate day) {
        return "departures:" + day;
    }

    /** An evening's message still helps until that day is over. */
    private boolean useful(LocalDate today, Instant now) {
        return !now.atZone(event.zone()).toLocalDate().isAfter(today);
    }

    private String line(MovementLine l) {
        StringBuilder s = new StringBuilder(l.delegation().name());
        if (!l.delegation().liaisons().isEmpty()) {
            s.append("（联络员 ")
                    .append(l.delegation().liaisons().stream().map(Person::name).collect(Collectors.joining("、")))
                    .append("）");
        }
        s.append("：").append(l.when()).append(' ').append(l.people()).append("人");
        if (l.transport() != null) s.append(" 乘").append(l.transport());
        List<Vehicle> cars = event.vehicles().stream()
                .filter(v -> l.delegation().id().equals(v.delegation()))
                .toList();
        if (!cars.isEmpty()) {
            s.append("；用车 ")
                    .append(cars.stream()
                            .map(v -> v.id() + "号车 " + v.plate() + " " + v.driver() + " " + v.driverPhone())
                            .collect(Collectors.joining("，")));
        }
        return s.toString();
    }
}
