package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;

/**
 * A liaison's "确认 航班CZ3456" (the answer to the bot's 离会确认, or to an arrival expected), which the
 * parser reads as no record: the train or flight is recorded onto the delegation's one movement
 * waiting (an arrival expected, see {@link ExpectedArrivals}, else a departure reported or planned
 * for today or tomorrow), in place of it, so that /moves shows it; several are asked about, none
 * is answered. The departures waiting are also those a bare 确认 after the 【离会确认】 confirms ({@link DepartureCheckReplies}).
 */
final class TransportConfirmations {
    private static final Pattern SAID =
            Pattern.compile("^\\s*(?:已?确认|确定)[，,：:\\s]*(?:是|为)?(?:坐|乘坐?)?的?(?:航班|车次|高铁|动车|飞机|火车)?(?:号|是)?[：:\\s]*"
                    + "([GDCKTZ]\\d{1,4}|(?:[A-Z]{2}|[A-Z]\\d|\\d[A-Z])\\d{3,4})[。.！!\\s]*$");

    private final Event event;
    private final Ledger ledger;
    private final ExpectedArrivals expected;
    private final Intake intake;

    TransportConfirmations(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.ledger = ledger;
        this.expected = new ExpectedArrivals(event, ledger);
        this.intake = intake;
    }

    /** One movement waiting: the entry reported (null for the plan) and the movement. */
    record Waiting(Entry entry, Movement movement) {
        String said() {
            String dir = movement instanceof Arrival ? "抵达" : "离开";
            return Texts.day(movement.date())
                    + (movement.time() == null ? "" : Texts.time(movement.time()))
                    + " " + dir
                    + (movement.count() == null ? "" : " " + movement.count() + "人")
                    + "（" + (entry == null ? "计划" : "原报")
                    + (movement.transport() == null ? "未报车次/航班" : movement.transport()) + "）";
        }
    }

    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked) {
        if (!outcome.records().isEmpty()) return Optional.empty();
        Matcher m = SAID.matcher(text.toUpperCase(Locale.ROOT));
        String delegation = asked.sender().delegation();
        if (!m.matches() || delegation == null) return Optional.empty();
        Delegation d = event.delegation(delegation).orElse(null);
        if (d == null) return Optional.empty();
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        List<Waiting> waiting = waiting(d, now);
        if (waiting.isEmpty())
            return Optional.of(
                    Answer.of(Reply.Kind.QUESTION, "未记录：" + d.name() + "近期没有待确认的抵离安排。请说明抵达或离开的日期、时间和车次/航班。"));
        if (waiting.size() > 1)
            return Optional.of(Answer.of(
                    Reply.Kind.QUESTION,
                    "未记录：" + d.name() + "待确认的有："
                            + waiting.stream().map(Waiting::said).collect(Collectors.joining("、"))
                            + "。请说明是哪一项，如“明天离开 坐" + m.group(1) + "”。"));
        String transport = m.group(1);
        Waiting w = waiting.get(0);
        return Optional.of(
                confirm(w, transport, asked, text, "已确认：" + d.name() + " " + w.said() + "，车次/航班记为" + transport + "。"));
    }

    /** {@code w} recorded again with {@code transport}, in place of its entry, the answer headed by {@code line}. */
    Answer confirm(Waiting w, String transport, Asked asked, String text, String line) {
        Movement x = w.movement();
        Record done = x instanceof Arrival
                ? new Arrival(x.delegation(), x.date(), x.time(), x.count(), transport, x.part())
                : new Departure(x.delegation(), x.date(), x.time(), x.count(), transport, x.part());
        return Rerecorded.in(intake, done, w.entry(), asked, text, line);
    }

    /** The arrivals expected, else the departures of today and tomorrow not yet made. */
    private List<Waiting> waiting(Delegation d, LocalDateTime now) {
        List<Waiting> arrivals = expected.of(d.id(), now).stream()
                .map(x -> new Waiting(x.entry(), x.arrival()))
                .toList();
        if (!arrivals.isEmpty()) return arrivals;
        LocalDate today = now.toLocalDate();
        return departures(d, now, day -> day.equals(today) || day.equals(today.plusDays(1)));
    }

    /** The delegation's departures on the days {@code on} takes, reported or planned, not yet made at {@code now}. */
    List<Waiting> departures(Delegation d, LocalDateTime now, Predicate<LocalDate> on) {
        List<Entry> departures = ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Departure x && d.id().equals(x.delegation()))
                .toList();
        List<Waiting> waiting = new ArrayList<>();
        for (Entry e : departures) {
            Departure x = (Departure) e.record();
            boolean soon = on.test(x.date());
            boolean made = x.time() != null && !x.date().atTime(x.time()).isAfter(now);
            if (soon && !made) waiting.add(new Waiting(e, x));
        }
        Plan plan = d.departure();
        boolean replaced = departures.stream()
                .anyMatch(e -> e.record() instanceof Departure x && (x.count() == null || x.count() >= d.size()));
        boolean soon = plan != null && on.test(plan.date());
        if (soon
                && !replaced
                && (plan.time() == null || plan.date().atTime(plan.time()).isAfter(now)))
            waiting.add(new Waiting(null, new Departure(d.id(), plan.date(), plan.time(), null, plan.transport())));
        return waiting;
    }
}
