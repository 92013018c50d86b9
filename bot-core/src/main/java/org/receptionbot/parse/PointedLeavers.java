package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * Leavers pointed back to ("另外那10个走的要打包", "这5个先走的早饭打包"): the departure already reported, not a new one.
 * A departure with no time and no ticket whose figure is that of the people pointed at is dropped.
 */
final class PointedLeavers {
    /** The people pointed at (那10个, 这五个), then the leaving word as who they are ("走的", "先走的"). */
    private static final Pattern POINTED =
            Pattern.compile("[那这]([0-9一二两三四五六七八九十]+)\\s*(?:个人|个|位|名|人)?\\s*(?:要|先|提前|早)?(?:走|离开|离会)的");

    private PointedLeavers() {}

    /** {@code read} without the departure of the leavers pointed back to; unchanged when there is none. */
    static ParseOutcome settled(ParseOutcome read, String text, List<Mention> mentions) {
        List<Record> kept = new ArrayList<>(read.records());
        boolean dropped = false;
        Matcher m = POINTED.matcher(text);
        while (m.find()) {
            Integer figure = null;
            for (Mention x : mentions)
                if (x instanceof Mention.Count c && c.start() >= m.start(1) && c.start() < m.end(1)) figure = c.value();
            Integer n = figure;
            // 那五个要走的: a departure read with no figure is theirs as well.
            dropped |= kept.removeIf(r -> r instanceof Departure d
                    && d.time() == null
                    && d.transport() == null
                    && (d.count() == null || d.count().equals(n)));
        }
        if (!dropped || kept.isEmpty()) return read;
        return read.withRecords(kept);
    }
}
