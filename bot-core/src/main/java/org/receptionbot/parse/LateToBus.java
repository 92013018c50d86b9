package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * People late for the bus reaching it, said with the full figure now there: "两个人到了 现在35人齐了",
 * "小王他们3个也到了 32人到齐了". With no travel words (no hotel, station, train or flight), the few who came are no
 * arrival at the event: the figure said all there is a head count. With the bus named, its count stands alone;
 * with none, the bus is asked ({@link Gap.Field#VEHICLE}).
 */
final class LateToBus {
    /** After the full figure, its being all there: "现在35人齐了", "三十五个都到齐了". */
    private static final Pattern ALL_THERE = Pattern.compile("^\\s*(?:个人|个|位|名|人)?\\s*(?:都|全|全部|已经|已)?(?:到)?齐");

    /** Words of travel or of arriving at the event, not at a bus (also read by {@link BusCountRemarks}). */
    private static final String[] TRAVEL = {
        "酒店", "宾馆", "山庄", "驻地", "住地", "报到", "入住", "机场", "车站", "高铁", "动车", "火车", "飞机", "航班", "落地", "下车", "进站", "出站",
        "到站", "赛场", "县城", "抵达", "到达"
    };
    /** The first characters of {@link #TRAVEL}: a place starting none of them is passed with one read. */
    private static final CharSet TRAVEL_FIRST = new CharSet("酒宾山驻住报入机车高动火飞航落下进出到赛县抵");

    private LateToBus() {}

    /** Whether {@code text} holds a word of {@link #TRAVEL}. */
    static boolean travel(String text) {
        for (int i = 0, last = text.length() - 2; i <= last; i++) {
            if (!TRAVEL_FIRST.has(text.charAt(i))) continue;
            for (String w : TRAVEL) if (text.startsWith(w, i)) return true;
        }
        return false;
    }

    /** {@code read} without the arrival of the few late for the bus; unchanged when the message is no such report. */
    static ParseOutcome settled(ParseOutcome read, String text, List<Mention> mentions) {
        // Every match of ALL_THERE holds 齐: most messages have none, and need no regex.
        if (text.indexOf('齐') < 0 || travel(text)) return read;
        Integer figure = null;
        for (Mention x : mentions)
            if (x instanceof Mention.Count c
                    && ALL_THERE.matcher(text.substring(c.end())).find()) figure = c.value();
        if (figure == null) return read;
        int all = figure;
        Arrival late = null;
        boolean counted = false;
        for (Record r : read.records()) {
            if (r instanceof Headcount) counted = true;
            if (r instanceof Arrival a
                    && a.time() == null
                    && a.transport() == null
                    && a.part() == null
                    && a.count() != null
                    && a.count() < all) late = a;
        }
        if (late == null) return read;
        List<Record> kept = new ArrayList<>(read.records());
        kept.remove(late);
        List<Gap> gaps = new ArrayList<>(read instanceof ParseOutcome.Incomplete i ? i.gaps() : List.of());
        if (!counted) gaps.add(new Gap(Gap.Field.VEHICLE, new Headcount(null, all, late.delegation()), text.strip()));
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(kept, read instanceof ParseOutcome.Understood u && u.further(), null)
                : new ParseOutcome.Incomplete(kept, gaps, null);
    }
}
