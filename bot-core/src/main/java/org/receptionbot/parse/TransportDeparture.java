package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * "辽宁明天中午的飞机走 全团33人 MU5678 12点半起飞 上午10点出发去机场": leaving the hotel for the flight or train is the
 * same departure, which carries the transport's time. A departure of the same delegation and day with no transport
 * and no count, beside one with its transport, is that setting-off and is dropped; not where the message speaks of
 * parts (其余, 剩下, 批): a departure without transport there is the rest's.
 */
final class TransportDeparture {
    private TransportDeparture() {}

    static ParseOutcome merged(ParseOutcome read, String text) {
        for (String w : UncountedMovement.PARTS) if (text.contains(w)) return read;
        if (text.contains("拨")) return read;
        List<Record> records = read.records();
        List<Record> kept = new ArrayList<>();
        for (Record r : records) if (!(r instanceof Departure d && settingOff(d, records))) kept.add(r);
        if (kept.size() == records.size()) return read;
        if (read instanceof ParseOutcome.Incomplete i)
            return new ParseOutcome.Incomplete(kept, i.gaps(), read.saidNow());
        if (read instanceof ParseOutcome.Understood u)
            return new ParseOutcome.Understood(kept, u.further(), read.saidNow());
        return read;
    }

    private static boolean settingOff(Departure d, List<Record> records) {
        if (d.transport() != null || d.count() != null) return false;
        for (Record r : records)
            if (r instanceof Departure o
                    && o != d
                    && o.transport() != null
                    && o.date().equals(d.date())
                    && java.util.Objects.equals(o.delegation(), d.delegation())) return true;
        return false;
    }
}
