package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.record.Record;
import org.receptionbot.summary.SettledText;

/**
 * Records complete records of one message in the ledger and composes the answer: refused when a
 * check fails, left out where their meal is being served, held back for confirmation when a figure
 * is doubtful, else recorded with a receipt (its warnings and notices) and an undo button.
 */
final class Recording {
    private final Event event;
    private final Ledger ledger;
    private final Checks checks;
    private final Notices notices;
    private final AsPlanned asPlanned;
    private final VisitEffects visits;
    private final InTownArrivals inTown;
    private final Holds holds;
    private final ServedMeals served;
    private final GuestCounts guests;
    private final RouteMealCuts routeMeals;
    private final PackedLeaveBy leaveBy;
    private final StandingHours standingHours;
    private final ServedArrivals arriving;
    private final RecordWriter writer;

    Recording(
            Event event,
            Ledger ledger,
            Checks checks,
            Notices notices,
            AsPlanned asPlanned,
            VisitEffects visits,
            Holds holds,
            RecordWriter writer) {
        this.event = event;
        this.ledger = ledger;
        this.checks = checks;
        this.notices = notices;
        this.asPlanned = asPlanned;
        this.visits = visits;
        this.holds = holds;
        this.served = new ServedMeals(event, ledger);
        this.guests = new GuestCounts(event, ledger, holds, asPlanned.choice());
        this.routeMeals = new RouteMealCuts(event, ledger, checks.people());
        this.inTown = new InTownArrivals(event, ledger);
        this.leaveBy = new PackedLeaveBy(event, ledger);
        this.standingHours = new StandingHours(event, ledger);
        this.arriving = new ServedArrivals(event, ledger);
        this.writer = writer;
    }

    ServedMeals served() {
        return served;
    }

    Notices notices() {
        return notices;
    }

    /**
     * Applies what may change at {@code now} ({@link ServedMeals}); the answer then says which part
     * is not recorded because its meal is being served. A bus short by the people {@code text} says go on their own
     * ({@link AccountedAbsentees}) is not warned of.
     *
     * @param confirmed whether the sender already confirmed the records (no hold, no two-way question)
     * @param replaced the entries the records take the place of (an edit, a supplement); empty for new
     * @param text the message the records were read from; null when none
     */
    Answer apply(List<Record> records, Asked asked, boolean confirmed, List<Entry> replaced, Instant now, String text) {
        // 广西晚饭照常 房间没有热水 on a day before the event: the meal is refused, the problem is still filed
        Checks.Dated dated = checks.dated(
                records, ledger.activeMovements().stream().map(Entry::record).toList());
        if (dated.note().isEmpty()) return applyDated(records, asked, confirmed, replaced, now, text);
        if (dated.kept().isEmpty())
            return Answer.of(Reply.Kind.REFUSAL, dated.note().get());
        Answer answer = applyDated(dated.kept(), asked, confirmed, replaced, now, text);
        return answer.silent()
                ? Answer.of(Reply.Kind.REFUSAL, dated.note().get())
                : answer.then(dated.note().get());
    }

    /** As {@link #apply}, for records all dated within the event ({@link Checks#dated}). */
    private Answer applyDated(
            List<Record> records, Asked asked, boolean confirmed, List<Entry> replaced, Instant now, String text) {
        var refusal = checks.refusal(records, asked);
        if (refusal.isPresent()) return Answer.of(Reply.Kind.REFUSAL, refusal.get());
        // 她晚饭在酒店吃 after the route's dinner was settled as eaten at the site: one back, not the whole plan
        Optional<OneBackAtTheMeal.Back> one = replaced.isEmpty() ? routeMeals.oneBack(records, text) : Optional.empty();
        if (one.isPresent() && one.get().records().isEmpty())
            return Answer.of(one.get().said());
        if (one.isPresent()) records = one.get().records();
        // 百色线少1人 after 百色线's dinner was settled as eaten at the site: the dinner here follows the route
        RouteMealCuts.Followed cuts = replaced.isEmpty()
                ? routeMeals.follow(records, asked.sender().coordinator())
                : RouteMealCuts.Followed.none(records);
        cuts = cuts.unserved(served.standing(now));
        records = cuts.records();
        ServedMeals.Split split =
                served.split(records, replaced, now, asked.sender().coordinator());
        // 贵州中午临时回来吃了 50个人 during the lunch: not recorded, but the kitchen and the coordinators hear it now
        Optional<String> served = arriving.relay(split.refused(), asked, now, text, notices)
                .map(told -> SettledText.toldAlready(split.said().orElse(""), told))
                .or(split::said);
        if (split.nothingToApply())
            return served.map(t -> Answer.of(Reply.Kind.REFUSAL, t)).orElse(Answer.silence());
        Answer answer = applyOpen(split.open(), asked, confirmed, split.replacing(), now, text, false);
        if (answer.kind() == Reply.Kind.RECEIPT) for (String line : cuts.of(split.open())) answer = answer.then(line);
        // 报到处：湖北厅7人刚到: the team is told who reported its movement
        answer = attributed(answer, split.open(), asked);
        return served.map(answer::then).orElse(answer);
    }

    /** @param weighed whether the records were already split by {@link PackedLeaveBy} (the rest of a message) */
    private Answer applyOpen(
            List<Record> records,
            Asked asked,
            boolean confirmed,
            List<Entry> replaced,
            Instant now,
            String text,
            boolean weighed) {
        if (!confirmed && records.stream().anyMatch(checks::absurd)) {
            // 1. 山西厅 5人 已到 / 2. 内蒙古 6人 已到 (of 5): the other teams now, the team in doubt asked about
            DoubtfulTeams teams = DoubtfulTeams.split(records, checks::absurd);
            if (!teams.parts() || !replaced.isEmpty()) return holds.absurd(records, asked);
            Answer first = attributed(appliedFirst(teams.now(), asked, now, text), teams.now(), asked);
            return HeldVersions.appliedThenAsked(
                    first, asked, HeldVersions.SIZE, held -> holds.absurd(teams.held(), held));
        }
        if (!confirmed) {
            GuestCounts.Plan plan = guests.plan(records, asked, text);
            if (plan.asks()) return guestsAsked(plan, asked, replaced, now, text);
            records = plan.now();
        }
        // 明天早饭打包20份 7点前走: the packed order now; the hour to be off by moves the departure only once confirmed
        Optional<PackedLeaveBy.Split> leave = confirmed || weighed || !replaced.isEmpty()
                ? Optional.empty()
                : leaveBy.split(records, text, asked.source().at());
        if (leave.isPresent() && leave.get().held() == null) {
            records = leave.get().now();
            if (leave.get().told() != null) notices.pass("【离开变更】", leave.get().told(), asked);
        } else if (leave.isPresent())
            return HeldVersions.appliedThenAsked(
                    appliedFirst(leave.get().now(), asked, now, text),
                    asked,
                    HeldVersions.LEAVING,
                    held -> holds.holdMovement(
                            List.of(leave.get().held()), held, leave.get().why()));
        int onTheirOwn = AccountedAbsentees.said(text);
        Optional<String> doubt = confirmed ? Optional.empty() : visits.doubt(records, asked.today());
        if (doubt.isPresent()) return holds.hold(records, asked, doubt.get());
        // 估计明天凌晨1点才到 from a delegation already here: ask before its meals until then are dropped
        Optional<String> away =
                confirmed ? Optional.empty() : inTown.doubt(records, LocalDateTime.ofInstant(now, event.zone()));
        if (away.isPresent()) return holds.hold(records, asked, away.get());
        if (!confirmed && replaced.isEmpty()) {
            var twoReadings = asPlanned.ask(records, asked);
            if (twoReadings.isPresent()) return twoReadings.get();
        }
        // 明天出发时间调整为7点: the hour changes, the planned train stays
        records = standingHours.hourChanged(records, text);
        return writer.write(records, asked, replaced, now, text, onTheirOwn);
    }

    /**
     * A count of another delegation's bus asked about first ({@link GuestCounts}): the message's other records are
     * applied now, under the message, and the count is held under a version of it of its own, so that confirming it
     * later records it too; an edited message is held whole, as before.
     */
    private Answer guestsAsked(GuestCounts.Plan plan, Asked asked, List<Entry> replaced, Instant now, String text) {
        if (plan.now().isEmpty() || !replaced.isEmpty()) return guests.ask(plan, asked, plan.now());
        Answer first = appliedFirst(plan.now(), asked, now, text);
        return HeldVersions.appliedThenAsked(
                first, asked, HeldVersions.BUS_COUNT, held -> guests.ask(plan, held, List.of()));
    }

    /** {@code answer}, when a receipt, followed by who reported the movements of another team, if anyone did. */
    private Answer attributed(Answer answer, List<Record> records, Asked asked) {
        if (answer.kind() != Reply.Kind.RECEIPT) return answer;
        return checks.movers().attribution(records, asked).map(answer::then).orElse(answer);
    }

    /** The message's records {@code first} applied now, before the rest is asked about ({@link HeldVersions}). */
    private Answer appliedFirst(List<Record> first, Asked asked, Instant now, String text) {
        return first.isEmpty() ? Answer.silence() : applyOpen(first, asked, false, List.of(), now, text, true);
    }
}
