package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.Record;

/**
 * The structural fallback for a message the rules cannot read whole and ask about ({@link Gap.Field#UNCLEAR},
 * no record): its longest proper run of leading clauses that the rules read fully ("云南明早55个 7点准时 🙏":
 * "云南明早55个 7点准时"), or else its longest run of trailing clauses, is taken when the part left out is
 * {@link InertPart inert}. The records stand and the part left out is asked about beside them
 * ({@link Gap#restUnread}), so a partial reading is never confirmed as the whole message. A message that gave
 * nothing while no rule called it talk ({@link Assembly#open() open}: only the report odds kept it silent) is tried
 * by its leading parts only, and only a counted report is taken (a figure of people, no matter): the odds' verdict
 * never silences such a report with a remark after it.
 */
final class ClauseFallback {
    /** Where a message may be cut: the clause separators less 、 (百色、北海各3人 is one list). */
    private static final CharSet CUTS = new CharSet(",，。;；!！?？\n~～ \t…");
    /** A message cut in more pieces than this is left to its question (a long message, a list). */
    private static final int MAX_PIECES = 12;

    private final InertPart inert;
    private final FoodLeftAsked foodAsked;

    ClauseFallback(InertPart inert, FoodLeftAsked foodAsked) {
        this.inert = inert;
        this.foodAsked = foodAsked;
    }

    /**
     * {@code outcome} as it stands, or, when it is the whole message's question with no record (or nothing, the
     * message {@code open}), the records of a part {@code reader} reads fully beside a question about the rest.
     *
     * @param open the message gave nothing and no rule called it talk ({@link Assembly#open()})
     * @param day the day the message was sent, for the dates the part left out may name
     */
    ParseOutcome read(
            ParseOutcome outcome, boolean open, String text, LocalDate day, Function<String, ParseOutcome> reader) {
        boolean silent = open && outcome instanceof ParseOutcome.NothingToRecord;
        if (!silent && !wholeAsked(outcome)) return outcome;
        List<int[]> pieces = pieces(text);
        int n = pieces.size();
        if (n < 2 || n > MAX_PIECES) return outcome;
        for (int k = n - 1; k >= 1; k--) {
            String part = text.substring(pieces.get(0)[0], pieces.get(k - 1)[1]);
            ParseOutcome read = reader.apply(part);
            if (!(read instanceof ParseOutcome.Understood) || silent && !counted(read)) continue;
            String rest = text.substring(pieces.get(k - 1)[1]);
            // 到了到了 38个人 饭还有吗: the question whether food is left is asked beside the report, which stands.
            if (!inert.after(part, rest, day) && !foodAsked.test(rest, day)) break;
            // 江苏晚上31个 刚才的撤了: a remark that only points back at an earlier message asks nothing.
            // 新疆明早47 大衣收到了 太感谢了 孩子们不冷了😄: people feeling better is talk, nothing to check
            if (inert.echo(rest, day) || BetterNow.said(rest)) return read;
            return EatThenLeaveRest.read(read, text, rest, reader).orElseGet(() -> beside(read, rest));
        }
        if (silent) return outcome;
        for (int k = 1; k < n; k++) {
            String part = text.substring(pieces.get(k)[0], pieces.get(n - 1)[1]);
            ParseOutcome read = reader.apply(part);
            if (!(read instanceof ParseOutcome.Understood)) continue;
            String head = text.substring(0, pieces.get(k)[0]);
            if (!inert.before(head, day, read.records())) break;
            return inert.echo(head, day) ? read : beside(read, head);
        }
        return outcome;
    }

    /**
     * Records that each carry a figure of people and none a matter (an issue): a report of its own, not a remark the
     * rest of a silent message made talk (到成都了 报个平安, 发烧的好多了 谢谢医生).
     */
    private static boolean counted(ParseOutcome read) {
        for (Record r : read.records()) if (r instanceof Issue || UncountedMovement.count(r) == null) return false;
        return !read.records().isEmpty();
    }

    /** The rules' question about the whole message, with no record read. */
    private static boolean wholeAsked(ParseOutcome outcome) {
        if (!(outcome instanceof ParseOutcome.Incomplete i) || !i.records().isEmpty()) return false;
        for (Gap g : i.gaps()) if (g.missing() != Gap.Field.UNCLEAR || g.unread() != null) return false;
        return !i.gaps().isEmpty();
    }

    private static ParseOutcome beside(ParseOutcome read, String rest) {
        int from = 0;
        int to = rest.length();
        while (from < to && CUTS.has(rest.charAt(from))) from++;
        while (to > from && CUTS.has(rest.charAt(to - 1))) to--;
        Gap asked = Gap.restUnread(rest.substring(from, to));
        return new ParseOutcome.Incomplete(read.records(), List.of(asked), read.saidNow());
    }

    /** The pieces of {@code text} between cuts, as [start, end) with no cut character inside. */
    static List<int[]> pieces(String text) {
        List<int[]> all = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); i++) {
            boolean cut = CUTS.has(text.charAt(i));
            if (!cut && start < 0) start = i;
            if (cut && start >= 0) {
                all.add(new int[] {start, i});
                start = -1;
            }
        }
        if (start >= 0) all.add(new int[] {start, text.length()});
        return all;
    }
}
