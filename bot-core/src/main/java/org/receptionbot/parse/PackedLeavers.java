package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * "明天早上要打包10份早餐 有10个运动员6点就走": people going out early in the morning with packed portions of
 * their own figure go out (to the venue, to warm up), they do not leave the event. Their departure is read as the
 * packed breakfast (a meal count of the portions, which the conversation files as a meal matter for part of a
 * team), never as leaving.
 */
final class PackedLeavers {
    private static final Pattern PACKED =
            Pattern.compile("打个?包\\s*([0-9]{1,3})\\s*份|([0-9]{1,3})\\s*份[^，,。；;！!\\s]{0,4}打个?包");
    /** Before this hour a departure is the early start the packed breakfast is for. */
    private static final int EARLY = 9;

    private PackedLeavers() {}

    static ParseOutcome apply(ParseOutcome read, String text) {
        if (!(read instanceof ParseOutcome.Understood u) || text.indexOf("打") < 0 || text.indexOf('包') < 0) return read;
        List<Integer> portions = new ArrayList<>();
        Matcher m = PACKED.matcher(text);
        while (m.find()) portions.add(Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
        if (portions.isEmpty()) return read;
        // 明天早饭打包6份 有6个运动员5点半就要走: with the morning's breakfast named, 5点半 is early in the morning.
        boolean morning = text.indexOf('早') >= 0;
        List<Record> records = new ArrayList<>();
        boolean changed = false;
        for (Record r : u.records()) {
            if (r instanceof Departure d
                    && d.count() != null
                    && portions.contains(d.count())
                    && d.time() != null
                    && (d.time().getHour() < EARLY || morning && d.time().getHour() % 12 < EARLY)) {
                changed = true;
                MealCount packed = new MealCount(d.delegation(), d.date(), "BREAKFAST", d.count());
                if (!u.records().contains(packed)) records.add(packed);
                continue;
            }
            records.add(r);
        }
        return changed ? new ParseOutcome.Understood(records, u.further(), u.saidNow()) : read;
    }
}
