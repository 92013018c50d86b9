package org.receptionbot.conversation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * A bus liaison's pickup said as done ({@link BusPickups#done}) of a team's people, read against where the team is:
 *
 * <ul>
 *   <li>the whole of a team here for days (arrived on an earlier day, no arrival of it still expected): no arrival
 *       ("接到湖南的了 35个人 到酒店了" after 湖南 arrived on the 17th is a ride back to the hotel), answered as received;
 *   <li>a head count of some of a team ("5号车接到云南3个领导了"), fewer than the people of it still expected that day
 *       (none expected: its size) and said with no word of counting (实到, 人齐, 清点): those people's arrival, as a
 *       pickup read as one is ("1号车已接到湖北20人"), which confirms the part the team reported
 *       ({@link RepeatedArrivalParts}), instead of the bus counted short against the whole team.
 * </ul>
 *
 * The drop-off said beside it (已经送到酒店) is part of the pickup, not words left unread.
 */
final class TeamPickups {
    private static final Pattern COUNTING = Pattern.compile("实到|应到|人齐|齐了|到齐|清点|点名|都接|全部|全都");
    private static final Pattern DROP_OFF =
            Pattern.compile("^(?:已经?|刚刚?)?(?:送到|送回|到了?|回到?|拉到|往)(?:酒店|宾馆|驻地|住处|民宿)(?:了|啦)?$");

    private final Event event;
    private final Ledger ledger;
    private final ExpectedArrivals expected;

    TeamPickups(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        this.expected = new ExpectedArrivals(event, ledger);
    }

    /** The answer to a pickup of whole teams all here already: received, nothing recorded; else empty. */
    Optional<Answer> ofTeamsHere(ParseOutcome read, String text, Asked asked) {
        if (!pickup(text, asked) || read.records().isEmpty()) return Optional.empty();
        List<String> teams = new ArrayList<>();
        for (Record r : read.records()) {
            Delegation d =
                    r instanceof Arrival a ? event.delegation(a.delegation()).orElse(null) : null;
            Integer people = d == null ? null : ((Arrival) r).count();
            if (d == null || people != null && people < d.size() || !here(d, asked)) return Optional.empty();
            teams.add(d.name() + (people == null ? "" : people + "人"));
        }
        return Optional.of(Answer.of("已收到：接到" + String.join("、", teams) + "。该团已在会，不作抵达记录。"));
    }

    /** {@code read} with a pickup's head count of part of a team arriving that day as their arrival. */
    ParseOutcome read(ParseOutcome read, String text, Asked asked) {
        if (!pickup(text, asked)) return read;
        if (COUNTING.matcher(text).find()) return read;
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        List<Record> records = new ArrayList<>();
        boolean changed = false;
        for (Record r : read.records()) {
            Delegation d = r instanceof Headcount h && h.delegation() != null
                    ? event.delegation(h.delegation()).orElse(null)
                    : null;
            int due = d == null ? 0 : due(d, now);
            if (d != null && ((Headcount) r).count() < due) {
                records.add(new Arrival(d.id(), now.toLocalDate(), null, ((Headcount) r).count(), null));
                changed = true;
            } else records.add(r);
        }
        return changed ? read.withRecords(records) : read;
    }

    /** The people of {@code d} still expected that day, else (none expected) its size. */
    private int due(Delegation d, LocalDateTime now) {
        List<ExpectedArrivals.Expected> coming = expected.of(d.id(), now);
        return coming.isEmpty()
                ? d.size()
                : coming.stream().mapToInt(ExpectedArrivals.Expected::people).sum();
    }

    private boolean pickup(String text, Asked asked) {
        return BusPickups.reporter(event, asked) && BusPickups.done(text);
    }

    /** Whether {@code d} arrived on an earlier day and no arrival of it is still expected. */
    private boolean here(Delegation d, Asked asked) {
        LocalDateTime now = LocalDateTime.ofInstant(asked.now(), event.zone());
        LocalDate today = now.toLocalDate();
        if (!expected.of(d.id(), now).isEmpty()) return false;
        boolean planned = d.arrival() != null && d.arrival().date().isBefore(today);
        boolean reported = ledger.activeMovements().stream()
                .anyMatch(e -> e.record() instanceof Arrival a
                        && d.id().equals(a.delegation())
                        && a.date().isBefore(today));
        return planned || reported;
    }

    /** {@code unread} without the drop-off said beside a bus liaison's pickup done (已经送到酒店): nothing to check. */
    static List<Gap> unread(List<Gap> unread, String text, Event event, Asked asked) {
        if (unread.isEmpty() || !BusPickups.reporter(event, asked) || !BusPickups.done(text)) return unread;
        return unread.stream()
                .filter(g -> !Gap.REST.equals(g.unread())
                        || g.statement() == null
                        || !DROP_OFF.matcher(g.statement().strip()).find())
                .toList();
    }
}
