package org.receptionbot.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.event.Person;
import org.receptionbot.summary.MealBoard;
import org.receptionbot.summary.MealBoardText;
import org.receptionbot.summary.MealBoards;
import org.receptionbot.summary.PackedOrder;
import org.receptionbot.summary.RecordText;
import org.receptionbot.summary.Texts;

/**
 * The meal-count deadlines of the event file: a reminder {@code lead} before each one naming the
 * delegations expected to report that have not ({@link ExpectedReports}), with their liaisons, and
 * the reports waiting for their sender's confirmation, in the work group; at the deadline the meal board, now locked, to the coordinators and the caterer (not when nobody is counted at
 * it: a 宵夜 nobody ordered).
 * Each is said once, and only while it still helps: the reminder before the deadline, the board before
 * the meal is served. A reminder that can only be said once its deadline has passed (the bot was down, Redis
 * was, or the sandbox's clock jumped over it) is not said at all: "will close at 10:00" would be untrue and "closed
 * at 10:00" is no reminder; the locked board said at the deadline names who did not report.
 */
public final class MealDeadlines {

    /** The two moments of a deadline. */
    public enum Kind {
        /** Before the deadline: who has not reported. */
        WARN,
        /** At the deadline: the locked board. */
        LOCK
    }

    /** A moment to fire at. */
    public record Due(Kind kind, LocalDate date, String meal, Instant at) {}

    private final Event event;
    private final MealBoards boards;
    private final MealBoardText boardText;
    private final Outbox outbox;
    private final SaidOnce said;
    private final Duration lead;
    private final HeldText heldText;
    private final RecordText texts;

    public MealDeadlines(
            Event event, MealBoards boards, RecordText texts, Outbox outbox, SaidOnce said, Duration lead) {
        this.event = event;
        this.boards = boards;
        this.boardText = new MealBoardText(texts);
        this.outbox = outbox;
        this.said = said;
        this.lead = lead;
        this.heldText = new HeldText(texts);
        this.texts = texts;
    }

    /**
     * Every reminder and lock of the event that is still ahead of {@code now}, in time order: those of each day meals
     * are served ({@link Event#serves(LocalDate)}), the day after the last day too while a team is still counted then
     * (its breakfast before the morning trains, packed portions and all).
     */
    public List<Due> ahead(Instant now) {
        List<Due> due = new ArrayList<>();
        for (LocalDate d = event.start(); event.serves(d); d = d.plusDays(1)) {
            for (Meal meal : event.meals()) {
                Instant deadline = deadline(d, meal);
                if (deadline.minus(lead).isAfter(now)) due.add(new Due(Kind.WARN, d, meal.id(), deadline.minus(lead)));
                if (deadline.isAfter(now)) due.add(new Due(Kind.LOCK, d, meal.id(), deadline));
            }
        }
        due.sort(Comparator.comparing(Due::at));
        return due;
    }

    public Spoken fire(Kind kind, LocalDate date, String mealId, Instant now) {
        return fire(kind, date, mealId, now, now);
    }

    /**
     * Fires a moment due at {@code now} but said at {@code saidAt} (late: after a restart, once Redis is back, at
     * the end of a sandbox jump). The reminder is said only while its deadline is still ahead at {@code saidAt}, the
     * locked board only while the meal's serving is; otherwise {@link Spoken#TOO_LATE}, decided before the store is
     * read, so a call that keeps failing while the store is down ends once it has nothing left to say.
     */
    public Spoken fire(Kind kind, LocalDate date, String mealId, Instant now, Instant saidAt) {
        Meal meal = event.meal(mealId).orElseThrow(() -> new IllegalArgumentException("unknown meal " + mealId));
        Instant until = kind == Kind.WARN ? deadline(date, meal) : serving(date, meal);
        if (!saidAt.isBefore(until) || !now.isBefore(until)) return Spoken.TOO_LATE;
        return kind == Kind.WARN ? warn(date, meal, now) : lock(date, meal, now);
    }

    private Spoken warn(LocalDate date, Meal meal, Instant now) {
        MealBoard board = boards.board(date, meal, now);
        List<Delegation> missing = ExpectedReports.missing(board);
        if (missing.isEmpty() && board.held().isEmpty()) return Spoken.NOTHING_TO_SAY;
        List<ChatRef> groups = Chats.of(event, ChatDef.Role.GROUP);
        if (groups.isEmpty()) return Spoken.NO_CHAT;
        if (!said.claim("warn:" + date + ":" + meal.id())) return Spoken.ALREADY_SAID;
        String text = "【报餐提醒】" + Texts.day(date) + meal.label() + "报餐将于"
                + Texts.time(meal.deadlineFor(date).toLocalTime()) + "截止"
                + (missing.isEmpty()
                        ? "。"
                        : "，以下" + missing.size() + "个代表团尚未报餐：\n"
                                + missing.stream()
                                        .map(MealDeadlines::withLiaisons)
                                        .collect(Collectors.joining("\n")))
                + heldText.lines(board.held())
                + "\n" + ExpectedReports.closing(meal);
        groups.forEach(chat -> outbox.send(Reply.text(chat, null, text)));
        return Spoken.SAID;
    }

    private Spoken lock(LocalDate date, Meal meal, Instant now) {
        List<ChatRef> to = new ArrayList<>(Chats.of(event, ChatDef.Role.COORDINATORS));
        to.addAll(Chats.of(event, ChatDef.Role.CATERER));
        if (to.isEmpty()) to.addAll(Chats.of(event, ChatDef.Role.GROUP));
        if (to.isEmpty()) return Spoken.NO_CHAT;
        MealBoard board = boards.board(date, meal, now);
        if (empty(board)) return Spoken.NOTHING_TO_SAY;
        if (!said.claim("lock:" + date + ":" + meal.id())) return Spoken.ALREADY_SAID;
        String text =
                "【报餐截止】" + boardText.render(board) + packed(date, meal) + "\n开餐前的变更照常记录，标注为截止后变更并通知协调组；开餐后报餐人数不再变更。";
        to.forEach(chat -> outbox.send(Reply.text(chat, null, text)));
        return Spoken.SAID;
    }

    /** "\n打包（共18份）：湖南省代表团 10份（6点前）、湖北省代表团 8份": the kitchen packs them beside the count. */
    private String packed(LocalDate date, Meal meal) {
        String listed = PackedOrder.listed(boards.packed(date, meal), texts);
        return listed.isEmpty() ? "" : "\n" + listed;
    }

    /**
     * Whether a board has nothing for the kitchen: nobody counted at any venue and no report waiting for a
     * confirmation (a 宵夜 nobody ordered). It is not sent; an order after the deadline still reaches both chats as a
     * late change.
     */
    private static boolean empty(MealBoard board) {
        return board.total() == 0
                && board.held().isEmpty()
                && board.heldActuals().isEmpty();
    }

    /** When the meal's serving begins that day. */
    private Instant serving(LocalDate date, Meal meal) {
        return date.atTime(meal.serveFrom()).atZone(event.zone()).toInstant();
    }

    private Instant deadline(LocalDate date, Meal meal) {
        return meal.deadlineFor(date).atZone(event.zone()).toInstant();
    }

    /** 湖南省代表团（联络员 李娜） */
    private static String withLiaisons(Delegation d) {
        if (d.liaisons().isEmpty()) return d.name();
        return d.name() + "（联络员 " + d.liaisons().stream().map(Person::name).collect(Collectors.joining("、")) + "）";
    }
}
