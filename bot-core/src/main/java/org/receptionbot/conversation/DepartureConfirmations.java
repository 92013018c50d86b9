package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Departure;
import org.receptionbot.summary.Texts;

/**
 * A departure said as done ("已经走了", "那1个已经走了", as the parser marks it) by a delegation with one
 * departure of today still to happen (reported before its time, or the event file's plan while no
 * whole-delegation departure replaces it) confirms it instead of adding a second one: the same figure,
 * or with no figure the only one waiting, which is recorded again from the report in place of the one
 * waiting (so that /moves marks it ✓), at its own time when that has passed, else at the report's
 * minute; meal cancellations for its leavers stay theirs ({@link org.receptionbot.ledger.Entry#movement}).
 * A reported one whose time has passed, by the same transport, is answered with the confirmation
 * line alone (its meal figures already count its people as gone).
 * With nothing waiting, the people left at the report's minute. Anything else is left as it was read.
 */
final class DepartureConfirmations {
    private final Event event;
    private final Intake intake;
    private final WaitingDepartures waiting;

    DepartureConfirmations(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.intake = intake;
        this.waiting = new WaitingDepartures(event, ledger);
    }

    /** The whole delegation said gone now: 全体已上车出发, 全团已经出发了, 我们都走了. */
    private static final java.util.regex.Pattern ALL_GONE = java.util.regex.Pattern.compile(
            "(?:全体|全团|全部|所有人|大家|我们|都)[^，。,；;]{0,6}?(?:(?:已经?|都已)[^，。,；;]{0,4}?(?:出发|走|离开|启程|离店|动身)"
                    + "|(?:出发|走|离开|启程|离店|动身|上车|上大巴|登车)了)");

    /** A count of people said (我们26个都上车了): the whole team only when it is the team's size. */
    private static final java.util.regex.Pattern COUNT =
            java.util.regex.Pattern.compile("(\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|个|人|位|名)");

    /** Words of a time to come: 明天全团出发, 准备出发了, 马上走了. */
    private static final java.util.regex.Pattern TO_COME =
            java.util.regex.Pattern.compile("明|后天|要|将|准备|打算|马上|就要|快|等|几点|[0-9一二三四五六七八九十]点");

    /** How long after the time of a whole departure waiting a 全体已出发 may be said; before: {@link BoundFor}. */
    private static final long LATE_HOURS = 3;

    /**
     * The sender's whole delegation said gone now ("上海全体已上车出发 谢谢大家这几天的关照") while its whole departure of today
     * is due about now (reported before its time, or the plan): that departure, for {@link #answer} to confirm; empty
     * otherwise (a team setting off to the venue in the morning is no departure).
     */
    Optional<Departure> allGone(String text, Asked asked) {
        if (!ALL_GONE.matcher(text).find() || TO_COME.matcher(text).find()) return Optional.empty();
        Delegation team = event.delegation(asked.sender().delegation()).orElse(null);
        java.util.regex.Matcher count = COUNT.matcher(text);
        if (team != null && count.find() && org.receptionbot.parse.ChineseNumerals.value(count.group(1)) != team.size())
            return Optional.empty();
        return due(text, asked);
    }

    /**
     * The sender's whole departure of today due about now (from {@link BoundFor#earlyHours} before its time to {@link
     * #LATE_HOURS} after), as a departure said now for {@link #answer} to confirm; empty when none or several are.
     */
    Optional<Departure> due(String text, Asked asked) {
        Delegation d = event.delegation(asked.sender().delegation()).orElse(null);
        long early = BoundFor.of(text).earlyHours();
        if (d == null || early < 0) return Optional.empty();
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        List<WaitingDepartures.Waiting> due = waiting.of(d, now).stream()
                .filter(w -> w.people() >= d.size() && w.departure().time() != null)
                .filter(w -> {
                    LocalDateTime at = w.departure().date().atTime(w.departure().time());
                    return !now.isBefore(at.minusHours(early)) && !now.isAfter(at.plusHours(LATE_HOURS));
                })
                .toList();
        if (due.size() != 1) return Optional.empty();
        return Optional.of(new Departure(d.id(), now.toLocalDate(), null, null, null));
    }

    /**
     * The parser's reading of a team said gone before its time as the departure still to come
     * ("北京全团已上车 出发去高铁站了" read as today's planned 08:30, "大家都上大巴了 去火车站" as today's with no hour): its own
     * whole departure of today, timed later than now or not timed, which {@link #allGone} may read again as the
     * departure done.
     */
    boolean waitingEcho(ParseOutcome parsed, Asked asked) {
        if (!(parsed instanceof ParseOutcome.Understood u)
                || u.further()
                || u.records().size() != 1) return false;
        if (!(u.records().get(0) instanceof Departure x) || x.part() != null) return false;
        Delegation d = event.delegation(asked.sender().delegation()).orElse(null);
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        return d != null
                && d.id().equals(x.delegation())
                && WaitingDepartures.whole(x, d)
                && x.date().equals(now.toLocalDate())
                && (x.time() == null || x.time().isAfter(now.toLocalTime()));
    }

    /** The answer to {@code outcome} when it confirms a departure waiting; empty for anything else. */
    Optional<Answer> answer(ParseOutcome outcome, String text, Asked asked) {
        SaidNow said = outcome.saidNow();
        if (said == null || said.kind() != SaidNow.Kind.DEPARTURE) return Optional.empty();
        if (!(outcome instanceof ParseOutcome.Understood u)
                || u.further()
                || u.records().size() != 1) return Optional.empty();
        if (!(u.records().get(0) instanceof Departure left)) return Optional.empty();
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone()).truncatedTo(ChronoUnit.MINUTES);
        boolean later = left.time() != null && left.time().isAfter(now.toLocalTime());
        if (!left.date().equals(now.toLocalDate()) || left.part() != null || later) return Optional.empty();
        Sender sender = asked.sender();
        boolean mayConfirm = sender.coordinator() || left.delegation().equals(sender.delegation());
        Delegation d = event.delegation(left.delegation()).orElse(null);
        if (!mayConfirm || d == null) return Optional.empty();
        List<WaitingDepartures.Waiting> open = waiting.of(d, now);
        if (open.isEmpty() && left.time() == null) return Optional.of(leftNow(left, asked, text, now));
        List<WaitingDepartures.Waiting> tied = left.count() == null
                ? open
                : open.stream().filter(w -> w.people() == left.count()).toList();
        if (tied.size() != 1) return Optional.empty();
        if (farAhead(tied.get(0).departure(), now)) return Optional.of(whichOne(d, tied.get(0)));
        return Optional.of(confirm(d, tied.get(0), left, asked, text, now));
    }

    /**
     * Whether {@code x} is due so much later than {@code now} (more than {@link BoundFor#STATION}'s hours, the earliest a
     * team leaves for its train) that people said gone now cannot be said to be on it ("出发了" at 06:00 for 11:30).
     */
    private static boolean farAhead(Departure x, LocalDateTime now) {
        return x.time() != null && now.isBefore(x.date().atTime(x.time()).minusHours(BoundFor.STATION.earlyHours()));
    }

    /** The question for people said gone long before the one departure waiting: which they are, nothing recorded. */
    private static Answer whichOne(Delegation d, WaitingDepartures.Waiting w) {
        Departure x = w.departure();
        return Answer.of(
                Reply.Kind.QUESTION,
                "未记录：" + d.name() + "今天" + (w.entry() == null ? "计划" : "原报") + Texts.time(x.time())
                        + (x.transport() == null ? "" : " " + x.transport()) + " 离开，离现在还早。"
                        + "请说明是已提前出发（如“全团已提前出发 6点走的”），还是另有人先走（如“先走5人 已出发”）。");
    }

    private Answer confirm(
            Delegation d, WaitingDepartures.Waiting w, Departure left, Asked asked, String text, LocalDateTime now) {
        Departure x = w.departure();
        boolean due = x.time() != null && !x.date().atTime(x.time()).isAfter(now);
        String by = left.transport() != null ? left.transport() : x.transport();
        Departure done = new Departure(x.delegation(), x.date(), due ? x.time() : now.toLocalTime(), x.count(), by);
        String line = "已确认：" + d.name() + " " + (x.count() == null ? "全团" : "") + w.people() + "人已离开（"
                + (w.entry() == null ? "计划" : "原报")
                + (x.time() != null
                        ? Texts.time(x.time())
                        : x.part() != null ? x.part().label() : "时间未报")
                + (x.transport() == null ? "" : " " + x.transport()) + "）";
        boolean sameBy = left.transport() == null || left.transport().equals(x.transport());
        Answer a = Rerecorded.in(intake, done, w.entry(), asked, text, line);
        return w.entry() != null && due && sameBy ? Answer.of(line) : a;
    }

    /** With nothing waiting, people said gone left at the report's minute. */
    private Answer leftNow(Departure left, Asked asked, String text, LocalDateTime now) {
        Departure gone =
                new Departure(left.delegation(), left.date(), now.toLocalTime(), left.count(), left.transport());
        return intake.take(new ParseOutcome.Understood(List.of(gone)), asked, text, List.of());
    }

    /** The whole team's departure said as done now, for {@link #answer} to confirm. */
    static ParseOutcome goneNow(Departure gone) {
        return new ParseOutcome.Understood(List.of(gone), false, new SaidNow(SaidNow.Kind.DEPARTURE, null, true, null));
    }
}
