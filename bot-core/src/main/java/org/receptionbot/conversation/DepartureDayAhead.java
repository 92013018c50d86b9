package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.event.Plan;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * A departure the parser took for today because no day was said, from a delegation that leaves on a day ahead and not
 * today (neither on record nor by its plan). When the message corrects or changes a departure ("不是中午走 是下午3点半的
 * D2282不变", "航班延误了 改成晚上8点40起飞"), names the train or flight of a departure ahead, or gives a clock time already
 * past ("11点半D2236 34人" said at 21:05), it is about that departure ahead: it takes its day when the departures ahead
 * of those people (the sender's own for a correction; the plan while the team's whole departure is not recorded) fall on
 * one day; else the day {@link UndatedCorrections} finds for it (the one record of those people ahead), and its day is asked
 * otherwise. A departure said done (走了, 已经) keeps today.
 */
final class DepartureDayAhead {
    private static final Pattern DAY =
            Pattern.compile("[今明后昨前][天日早晚儿]|\\d{1,2}\\s*[日号]|周[一二三四五六日天末]|星期|礼拜|凌晨|[今明][上下中]");
    private static final Pattern DONE = Pattern.compile("了|已经|已|刚");
    /** Said gone ("11点半已经走了", "上车了"), not as a change of the plan. */
    private static final Pattern GONE = Pattern.compile("已经|已(?:离开|出发|走|上车|登机)|刚才?(?:走|出发|离开)|(?:走|出发|离开|上车|登机|起飞)了");

    private static final Pattern CHANGE = Pattern.compile("改成|改到|改为|延误|推迟|提前|不是|不对");
    private final Event event;
    private final Ledger ledger;
    private final UndatedCorrections undated;

    DepartureDayAhead(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.undated = new UndatedCorrections(new MovementMatches(event, ledger));
    }

    /** {@code read} with each of its departures about a day ahead dated that day, or asked its day. */
    ParseOutcome dated(ParseOutcome read, String text, Asked asked) {
        if (DAY.matcher(text).find() || read.saidNow() != null) return read;
        // 改7点半出发了: a change said done is still a change of the departure ahead
        if (GONE.matcher(text).find() && !CHANGE.matcher(text).find() && !LeaveWords.changes(text)) return read;
        List<Record> records;
        List<Gap> gaps;
        if (read instanceof ParseOutcome.Understood u) {
            records = u.records();
            gaps = List.of();
        } else if (read instanceof ParseOutcome.Incomplete i) {
            records = i.records();
            gaps = i.gaps();
        } else return read;
        List<Record> kept = new ArrayList<>();
        List<Gap> asks = new ArrayList<>(gaps);
        boolean changed = false;
        for (Record r : records) {
            if (!(r instanceof Departure d) || !aboutAhead(d, text, asked)) {
                kept.add(r);
                continue;
            }
            Set<LocalDate> days = daysAhead(d, text, asked);
            changed = true;
            // 那5个人改成下午3点走 beside the plan's day: the one record of those people ahead still tells the day
            Optional<LocalDate> known = days.size() == 1 ? Optional.empty() : undated.dayOf(on(d, null), text, asked);
            if (days.size() == 1)
                kept.add(MeantDeparture.fitAhead(
                        on(d, days.iterator().next()), text, TeamDepartures.of(event, ledger, d.delegation())));
            else if (known.isPresent()) kept.add(on(d, known.get()));
            else asks.add(new Gap(Gap.Field.DATE, on(d, null), text));
        }
        if (!changed) return read;
        return asks.isEmpty()
                ? new ParseOutcome.Understood(
                        kept, read instanceof ParseOutcome.Understood u && u.further(), read.saidNow())
                : new ParseOutcome.Incomplete(kept, asks, read.saidNow());
    }

    /** Whether {@code d}, dated today with no day said, is about a departure ahead rather than one today. */
    private boolean aboutAhead(Departure d, String text, Asked asked) {
        LocalDate today = asked.today();
        if (d.delegation() == null || !d.date().equals(today) || !MovementMatches.mayReport(d, asked)) return false;
        TeamDepartures team = TeamDepartures.of(event, ledger, d.delegation());
        if (team.planOn(today) != null || !team.on(today).isEmpty() || !team.leavesAfter(today)) return false;
        if (MovementCorrections.corrects(text) || LeaveWords.changes(text)) return true;
        // 我们改成G1508了 9点10分开: a new train or flight is a change of the departure ahead
        if (d.transport() != null && CHANGE.matcher(text).find()) return true;
        if (team.knows(d.transport())) return true;
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        return d.time() != null
                && d.time().isBefore(now.toLocalTime())
                && !DONE.matcher(text).find();
    }

    /** The days of the departures ahead {@code d} may be about. */
    private Set<LocalDate> daysAhead(Departure d, String text, Asked asked) {
        MovementMatches matches = new MovementMatches(event, ledger);
        boolean corrects = MovementCorrections.corrects(text);
        Set<LocalDate> days = new TreeSet<>();
        ledger.activeMovements().stream()
                .filter(e -> e.record() instanceof Departure x
                        && x.delegation().equals(d.delegation())
                        && x.date().isAfter(asked.today()))
                .filter(e ->
                        !corrects || e.source().senderId().equals(asked.sender().userId()))
                .filter(e -> corrects || matches.samePeople(d, (Departure) e.record()))
                .forEach(e -> days.add(((Departure) e.record()).date()));
        TeamDepartures team = TeamDepartures.of(event, ledger, d.delegation());
        boolean wholeRecorded = team.recorded().stream().anyMatch(team::whole);
        Plan plan = team.plan();
        if (plan != null && plan.date().isAfter(asked.today()) && !wholeRecorded) days.add(plan.date());
        return days;
    }

    private static Departure on(Departure d, LocalDate day) {
        return new Departure(d.delegation(), day, d.time(), d.count(), d.transport(), d.part());
    }
}
