package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * The words that deny a departure: "那4个人没有离会", "我们没有离开啊 是下午去考察", "不是离会 是去比赛", "取消湖北4人离会记录", "那两个教练没有走". People
 * away and coming back leave nothing to record as a departure: the parser drops the departures of such a message
 * ({@link #without}), the chat side takes the recorded one back ({@link #saidIn}). "不是全团走" denies the whole
 * team only (the part said beside it still leaves); "还没走" is people not gone yet. "今天下午没有人走 是明天下午走3个" moves
 * today's departure: the later one is kept for the chat to record beside the withdrawal.
 */
public final class DeniedDepartureWords {
    private static final Pattern DENIED =
            Pattern.compile("(?<![还都])(?:没有|并没有|没|不是|没人|没有人)(?:离会|离开|离队|走)(?![了的]|啊\\s*[？?])"
                    + "|(?<![还都])(?:没有人|没人|没有|没)(?:今天|今晚|今早)(?:上午|下午|晚上)?(?:离会|离开|离队|走)"
                    + "|(?:取消|撤销|删除|删掉)[^，。,；;\\s]{0,8}(?:离会|离开|走的?)记录");
    /**
     * "今天下午没有人走", "我们没有人今天走": the denial is of today's departure only; so is a departure that did not come
     * off ("原来说今天下午走 没走成 改到明天上午"): the plan that failed is the one of now.
     */
    private static final Pattern DENIED_TODAY =
            Pattern.compile("今(?:天|晚|早)[^，。,；;\\s]{0,4}(?:没有|没)|(?:没有|没)人?今(?:天|晚|早)|(?:没有|没)(?:走|离开)成");

    /** A later day's leaving said beside the denial: 明天上午10点才走, 后天再走, 30号才离开. */
    private static final Pattern LATER =
            Pattern.compile("(?:明天|明早|明日|后天|[0-9]{1,2}[号日])[^，。,；;！!]{0,10}(?:才|再)(?:走|离开|离会|出发|返程)");

    private DeniedDepartureWords() {}

    /** Whether {@code message} denies a departure. */
    public static boolean saidIn(String message) {
        // Every match holds 没 or 不是 (a denial) or 记录 (a record taken back): most messages hold none, no regex.
        boolean may = message.indexOf('没') >= 0 || message.contains("不是") || message.contains("记录");
        return may && DENIED.matcher(message).find();
    }

    /** Whether {@code message} denies a departure of today only ("今天下午没有人走 是明天下午走3个"). */
    public static boolean todayDenied(String message) {
        return saidIn(message) && DENIED_TODAY.matcher(message).find();
    }

    /**
     * {@code read} with no departure (and no question about one) when {@code message} denies a departure; a denial of
     * today's that names a later day keeps the departures after {@code today}: the departure is moved, not denied.
     */
    static ParseOutcome without(
            ParseOutcome read, String message, LocalDate today, Function<String, ParseOutcome> reread) {
        if (!saidIn(message)) return read;
        // 我们没有离开啊 明天上午10点才走: the leaving said after the denial, on a later day, is the one that stands
        boolean moved = todayDenied(message) || LATER.matcher(message).find();
        List<Record> kept = new ArrayList<>();
        for (Record r : read.records()) if (!(r instanceof Departure d) || moved && later(d, today)) kept.add(r);
        if (moved && kept.stream().noneMatch(Departure.class::isInstance))
            kept.addAll(movedTo(read, message, today, reread));
        List<Gap> gaps = new ArrayList<>();
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) if (!(g.draft() instanceof Departure) && !Gap.REST.equals(g.unread())) gaps.add(g);
        if (!gaps.isEmpty()) return new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
        if (!kept.isEmpty()) return new ParseOutcome.Understood(kept, false, read.saidNow());
        return new ParseOutcome.NothingToRecord(read.saidNow());
    }

    /**
     * "今天下午没有人走 是明天下午走3个" read as one departure of today: the words after the denial, read with those before
     * it less their day ("云南今天没有人离开 是明天走3个" → "云南 是明天走3个"), give the
     * later day's departure (of the delegation of the one denied when they name none).
     */
    private static List<Departure> movedTo(
            ParseOutcome read, String message, LocalDate today, Function<String, ParseOutcome> reread) {
        Matcher m = DENIED.matcher(message);
        if (!m.find() || m.end() >= message.length()) return List.of();
        String denied = read.records().stream()
                .filter(r -> r instanceof Departure d && d.delegation() != null)
                .map(r -> ((Departure) r).delegation())
                .findFirst()
                .orElse(null);
        List<Departure> later = new ArrayList<>();
        for (Record r : reread.apply(named(message.substring(0, m.start())) + message.substring(m.end()))
                .records())
            if (r instanceof Departure d && later(d, today))
                later.add(
                        d.delegation() != null || denied == null
                                ? d
                                : new Departure(denied, d.date(), d.time(), d.count(), d.transport(), d.part()));
        return later;
    }

    /** The words before the denial without its day ("云南今天" → "云南"): whom the later departure is of. */
    private static String named(String before) {
        return before.replaceAll("今(?:天|晚|早)(?:上午|下午|晚上)?", "");
    }

    private static boolean later(Departure d, LocalDate today) {
        return d.date() != null && d.date().isAfter(today);
    }
}
