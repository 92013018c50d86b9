package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * The words that deny a departure: "那4个人没有离会", "不是离会 是去比赛", "取消湖北4人离会记录", "那两个教练没有走". People
 * away and coming back leave nothing to record as a departure: the parser drops the departures of such a message
 * ({@link #without}), the chat side takes the recorded one back ({@link #saidIn}). "不是全团走" denies the whole
 * team only (the part said beside it still leaves); "还没走" is people not gone yet.
 */
public final class DeniedDepartureWords {
    private static final Pattern DENIED = Pattern.compile("(?<![还都])(?:没有|并没有|没|不是|没人|没有人)(?:离会|离开|离队|走)(?![了啊的])"
            + "|(?:取消|撤销|删除|删掉)[^，。,；;\\s]{0,8}(?:离会|离开|走的?)记录");

    private DeniedDepartureWords() {}

    /** Whether {@code message} denies a departure. */
    public static boolean saidIn(String message) {
        // Every match holds 没 or 不是 (a denial) or 记录 (a record taken back): most messages hold none, no regex.
        boolean may = message.indexOf('没') >= 0 || message.contains("不是") || message.contains("记录");
        return may && DENIED.matcher(message).find();
    }

    /** {@code read} with no departure (and no question about one) when {@code message} denies a departure. */
    static ParseOutcome without(ParseOutcome read, String message) {
        if (!saidIn(message)) return read;
        List<Record> kept = new ArrayList<>();
        for (Record r : read.records()) if (!(r instanceof Departure)) kept.add(r);
        List<Gap> gaps = new ArrayList<>();
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) if (!(g.draft() instanceof Departure) && !Gap.REST.equals(g.unread())) gaps.add(g);
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
        if (!kept.isEmpty()) return new ParseOutcome.Understood(kept, false, read.saidNow());
        return new ParseOutcome.NothingToRecord(read.saidNow());
    }
}
