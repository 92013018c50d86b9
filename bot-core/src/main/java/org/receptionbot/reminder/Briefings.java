package org.receptionbot.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.HeldFigure;
import org.receptionbot.ledger.HeldFigures;
import org.receptionbot.record.Movement;
import org.receptionbot.summary.HeldLines;
import org.receptionbot.summary.IssueBoardText;
import org.receptionbot.summary.IssueBoards;
import org.receptionbot.summary.IssueLine;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.MovementBoard;
import org.receptionbot.summary.MovementBoardText;
import org.receptionbot.summary.MovementBoards;
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
    private final MovementBoards movements;
    private final IssueBoards issues;
    private final IssueBoardText issueText;
    private final Outbox outbox;
    private final SaidOnce said;
    private final RoutesOfTheDay routes;
    private final TomorrowMeals meals;
    private final StayingOn stayingOn;
    private final HeldFigures held;
    private final HeldLines heldLines;
    private final DepartureChecks departures;

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
        this.event = event;
        this.movements = boards.movements();
        this.issues = boards.issues();
        this.held = boards.held();
        this.heldLines = new HeldLines(texts);
        this.routes = new RoutesOfTheDay(boards.visits());
        this.meals = new TomorrowMeals(event, boards.meals(), texts);
        this.issueText = new IssueBoardText(texts);
        this.outbox = outbox;
        this.said = said;
        this.stayingOn = new StayingOn(event, boards.meals(), movements);
        this.departures = new DepartureChecks(event, movements, outbox, said);
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
        if (served) s.append(meals.counts(tomorrow, now));
        else s.append("用餐：不供餐（供餐至").append(Texts.day(today)).append("）\n");
        s.append(staying).append(meals.packed(tomorrow));
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

    /** The work group's departure checks on the evening of {@code today}, for those leaving tomorrow. */
    public Spoken departureChecks(LocalDate today, Instant now) {
        if (!useful(today, now)) return Spoken.TOO_LATE;
        return departures.of(today.plusDays(1));
    }

    /**
     * The key under which the 【离会确认】 of those leaving on {@code day} is said once ({@link SaidOnce}): a liaison's
     * bare 确认 after it confirms their team's departure listed in it.
     */
    public static String departureChecksKey(LocalDate day) {
        return DepartureChecks.key(day);
    }

    /** An evening's message still helps until that day is over. */
    private boolean useful(LocalDate today, Instant now) {
        return !now.atZone(event.zone()).toLocalDate().isAfter(today);
    }
}
