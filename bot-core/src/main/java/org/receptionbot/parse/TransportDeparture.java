package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * "辽宁明天中午的飞机走 全团33人 MU5678 12点半起飞 上午10点出发去机场": leaving the hotel for the flight or train is the
 * same departure, which carries the transport's time. A departure of the same delegation and day with no transport
 * and no count (or the same count and no time of its own), beside one with its transport, is that setting-off and is
 * dropped; not where the message speaks of parts (其余, 剩下, 批): a departure without transport there is the rest's.
 */
final class TransportDeparture {
    private TransportDeparture() {}

    static ParseOutcome merged(ParseOutcome read, String text) {
        for (String w : UncountedMovement.PARTS) if (text.contains(w)) return read;
        if (text.contains("拨")) return read;
        List<Record> records = read.records();
        List<Record> kept = new ArrayList<>();
        for (Record r : records) if (!(r instanceof Departure d && settingOff(d, records, text))) kept.add(r);
        if (kept.size() == records.size()) return read;
        return read.withRecords(kept);
    }

    private static boolean settingOff(Departure d, List<Record> records, String text) {
        if (d.transport() != null) return false;
        // 张处接到通知要回去开会 … 他坐今晚的G530走: the same people said again with their train, no time apart.
        boolean samePeople = d.count() != null && d.time() == null && !text.contains("另");
        if (d.count() != null && !samePeople) return false;
        for (Record r : records)
            if (r instanceof Departure o
                    && o != d
                    && o.transport() != null
                    && (d.count() == null || d.count().equals(o.count()))
                    && o.date().equals(d.date())
                    && java.util.Objects.equals(o.delegation(), d.delegation())) return true;
        return false;
    }
}
