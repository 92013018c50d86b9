package org.receptionbot.conversation;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.parse.ChineseNumerals;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * The flight's or train's new hour said beside the leaving hour kept ("航班延误了 改成16:20起飞 还是两点走"): the team
 * still leaves at the hour it said, so a departure read at another hour that day is the recorded departure at the kept
 * hour, not moved. Only when the team has a departure recorded that day at the kept hour (两点: 02:00 or 14:00).
 */
final class KeptLeavingHour {
    private static final Pattern KEPT = Pattern.compile("(?:还是|仍然|仍|依然|照样|照旧)(?:早上|上午|中午|下午|晚上)?"
            + "(\\d{1,2}|[一二两三四五六七八九十]{1,3})\\s*(?:点|[:：])(半|\\d{2})?分?(?:走|出发|离开|从酒店)");
    private final Ledger ledger;

    KeptLeavingHour(Ledger ledger) {
        this.ledger = ledger;
    }

    /** {@code read} with its departures at another hour put back at the kept one; else as it was. */
    ParseOutcome read(ParseOutcome read, String text) {
        Matcher m = KEPT.matcher(text);
        if (!m.find()) return read;
        int h = ChineseNumerals.value(m.group(1));
        int min = m.group(2) == null ? 0 : "半".equals(m.group(2)) ? 30 : Integer.parseInt(m.group(2));
        if (h < 0 || h > 23 || min > 59) return read;
        List<Record> kept = new ArrayList<>();
        boolean changed = false;
        for (Record r : read.records()) {
            LocalTime at = r instanceof Departure d ? recordedAt(d, LocalTime.of(h, min)) : null;
            if (at == null || at.equals(((Departure) r).time())) {
                kept.add(r);
                continue;
            }
            Departure d = (Departure) r;
            kept.add(new Departure(d.delegation(), d.date(), at, d.count(), d.transport(), d.part()));
            changed = true;
        }
        if (!changed) return read;
        if (read instanceof ParseOutcome.Understood u)
            return new ParseOutcome.Understood(kept, u.further(), u.saidNow());
        List<Gap> gaps = ((ParseOutcome.Incomplete) read).gaps();
        return new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
    }

    /** The kept hour (or its afternoon reading) of a departure of {@code d}'s team recorded on its day, or null. */
    private LocalTime recordedAt(Departure d, LocalTime said) {
        if (d.delegation() == null || d.date() == null) return null;
        LocalTime late = said.getHour() < 12 ? said.plusHours(12) : said;
        return ledger.activeMovements().stream()
                .map(Entry::record)
                .filter(r -> r instanceof Departure x
                        && d.delegation().equals(x.delegation())
                        && d.date().equals(x.date())
                        && x.time() != null
                        && (x.time().equals(said) || x.time().equals(late)))
                .map(r -> ((Departure) r).time())
                .findFirst()
                .orElse(null);
    }
}
