package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.Presence;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * A meal said packed, not skipped ("早饭不是不吃 是要打包带走", "哦 早饭是要打包带走 不是不吃"), after the delegation
 * cancelled it for a coming day, alone or beside its dawn departure ("明天早上6点半全团走 早饭不吃了"): the parser reads
 * the meal as planned, today's when no day is said. It is the meal cancelled, on that day, counted for the people
 * there before they leave (a whole team leaving at 06:30 would count 0 at a 07:00 breakfast), and the packing is
 * filed as a meal matter (an issue of {@link IssueCategory#MEAL}) so that the caterer is told. With nothing cancelled
 * on a coming day the message is left as it was read.
 */
final class PackedTakenBack {
    private static final Pattern PACKED = Pattern.compile("打个?包|带着?走");
    private static final Pattern NOT_SKIPPED = Pattern.compile("不是不(?:吃|要)|没说不吃|不是取消");
    private static final Pattern DAY = Pattern.compile("今天|明天|后天|今早|明早|今晚|明晚|[0-9一二三四五六七八九十]{1,3}[号日]");
    /** How many days ahead a cancellation is looked for. */
    private static final int DAYS_AHEAD = 2;

    private final Event event;
    private final Ledger ledger;

    PackedTakenBack(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
    }

    /** The outcome with the packed meal moved to the day it was cancelled, counted and filed; else as it was. */
    ParseOutcome read(ParseOutcome read, String text, LocalDate today) {
        if (!(read instanceof ParseOutcome.Understood u) || u.records().size() != 1) return read;
        if (!(u.records().get(0) instanceof MealCount m) || m.delegation() == null) return read;
        if (!PACKED.matcher(text).find() || !NOT_SKIPPED.matcher(text).find()) return read;
        boolean dayed = DAY.matcher(text).find();
        Optional<LocalDate> cancelled = cancelledDay(m, today, dayed);
        if (cancelled.isEmpty()) return read;
        LocalDate day = cancelled.get();
        Integer count = m.count() != null ? m.count() : before(m, day);
        List<Record> records = new ArrayList<>();
        records.add(new MealCount(m.delegation(), day, m.meal(), count));
        records.add(new Issue(IssueCategory.MEAL, m.delegation(), text.strip()));
        return read.withRecords(records);
    }

    /**
     * The coming day on which the delegation's meal stands cancelled (by a cancellation of it or a whole departure's
     * cancellations): the meal's own day when a day was said, else the nearest of today and the next days.
     */
    private Optional<LocalDate> cancelledDay(MealCount m, LocalDate today, boolean dayed) {
        List<LocalDate> days = new ArrayList<>();
        if (dayed) days.add(m.date());
        else for (int k = 0; k <= DAYS_AHEAD; k++) days.add(today.plusDays(k));
        for (LocalDate day : days)
            if (day.isAfter(today)) {
                boolean cancelled = ledger.day(day).active().stream()
                        .anyMatch(e -> e.record() instanceof MealCancel c
                                && m.delegation().equals(c.delegation())
                                && m.meal().equals(c.meal())
                                && day.equals(c.date()));
                if (cancelled) return Optional.of(day);
            }
        return Optional.empty();
    }

    /** The people there for the meal before the delegation leaves that day: its departures of that day left out. */
    private Integer before(MealCount m, LocalDate day) {
        Optional<Meal> meal = event.meal(m.meal());
        Optional<Delegation> d = event.delegation(m.delegation());
        if (meal.isEmpty() || d.isEmpty()) return null;
        List<Entry> staying = ledger.activeMovements().stream()
                .filter(e -> !(e.record() instanceof Departure x && day.equals(x.date())))
                .toList();
        int people = Presence.reported(d.get(), staying, event.zone()).people(day, meal.get());
        return people > 0 ? people : d.get().size();
    }
}
