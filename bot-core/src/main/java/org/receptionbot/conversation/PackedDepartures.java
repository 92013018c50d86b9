package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Presence;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A whole team leaving on the day of a meal it takes packed ("明天早上7点全团走 早饭打包", "6点半全部撤 带早餐走"): the
 * parser reads the departure and the meal as planned. Leaving before the meal's serving begins, the team would count 0
 * there and the answer contradict itself ("按原计划（该团此时已离会，按0人计…）"): the meal is counted for the people there
 * before they leave. The packing is filed as a meal matter (an issue of {@link IssueCategory#MEAL}, told to the
 * coordinators, for the caterer), as it is for part of a team leaving ({@code parse/PackedForLeavers}): the portions
 * are wanted by the time they leave. A message whose records already file a meal matter is left as it is.
 */
final class PackedDepartures {
    private static final Pattern PACKED = Pattern.compile("打个?包|带着?走|带着?(?:早餐|早饭|早点|午餐|午饭|中饭|晚餐|晚饭|盒饭|饭)走");

    private final Event event;
    private final Ledger ledger;

    PackedDepartures(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The outcome with a whole team's packed meal counted and its packing filed; else as it was. */
    ParseOutcome read(ParseOutcome read, String text) {
        boolean plain = read instanceof ParseOutcome.Understood || read instanceof ParseOutcome.Incomplete;
        if (!plain || !PACKED.matcher(text).find()) return read;
        if (read.records().stream().anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL))
            return read;
        List<Record> records = new ArrayList<>(read.records());
        Issue packing = null;
        for (Record r : read.records()) {
            if (!(r instanceof Departure d) || !whole(d)) continue;
            for (int k = 0; k < records.size(); k++) {
                if (!(records.get(k) instanceof MealCount m) || !packedFor(m, d)) continue;
                Optional<MealCount> counted = counted(m, d);
                if (counted.isPresent()) records.set(k, counted.get());
                if (packing == null) packing = new Issue(IssueCategory.MEAL, d.delegation(), said(text));
            }
        }
        if (packing == null) return read;
        records.add(packing);
        return read.withRecords(records);
    }

    /** A meal of the departure's day, of its delegation, reported as planned or with a figure. */
    private static boolean packedFor(MealCount m, Departure d) {
        return d.delegation() != null
                && d.delegation().equals(m.delegation())
                && d.date().equals(m.date());
    }

    /**
     * The meal as planned counted for the people there before the team leaves, when it leaves by the serving's start
     * (at 07:00 for a breakfast served from 07:00); empty when the team is counted there as it is.
     */
    private Optional<MealCount> counted(MealCount m, Departure d) {
        Optional<Meal> meal = event.meal(m.meal());
        Optional<Delegation> delegation = event.delegation(d.delegation());
        if (!m.asPlanned() || d.time() == null || meal.isEmpty() || delegation.isEmpty()) return Optional.empty();
        if (d.time().isAfter(meal.get().serveFrom())) return Optional.empty();
        int people = Presence.reported(delegation.get(), ledger.activeMovements(), event.zone())
                .people(m.date(), meal.get());
        if (people == 0) return Optional.empty();
        return Optional.of(new MealCount(m.delegation(), m.date(), m.meal(), people));
    }

    /** Days a leaving is said from: the issue's words start at the first of them, the figures before left out. */
    private static final Pattern DAY = Pattern.compile("今天|明天|后天|大后天|明早|今早|今晚|明晚|[0-9一二三四五六七八九十]{1,3}[号日]");

    /** "明天早上7点全团走 早饭打包" of "重庆中午44晚上44 明天早上7点全团走 早饭打包": the leaving and the packing. */
    private static String said(String text) {
        var day = DAY.matcher(text);
        return (day.find() ? text.substring(day.start()) : text).strip();
    }

    private boolean whole(Departure d) {
        if (d.count() == null) return true;
        return event.delegation(d.delegation()).map(x -> d.count() >= x.size()).orElse(false);
    }
}
