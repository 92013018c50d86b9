package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;

/**
 * A pickup said as done, as {@link ArrivedShort} reads it beside the ones still to come: the verb (接到, 接上) with the
 * figure of those met right after it ("新疆队接到45个", "湖南的接上啦 34个", "接到了 33位", "接到新疆队45人") or right
 * before it ("重庆队44个全接到了", "10号车把北京的41个接上了"). Not a pickup still to do (没接到, 去接, 要接到), a notice received
 * (接到通知), a time of the pickup itself, nor met things (接到45个快递).
 *
 * @param verb where the verb stands
 * @param figure the figure of those met
 */
record PickupMet(int verb, Mention.Count figure) {
    /** Words the verb may carry after it before a pause (接到了, 接上啦). */
    private static final String[] ENDED = {"了", "啦", " "};
    /** Particles the verb may carry before a pause (接上了, 接到啦). */
    private static final String[] PARTICLES = {"了", "啦"};
    /** What may stand between the figure and the verb: adverbs of the pickup done, spaces. */
    private static final String[] DONE_OR_SPACE = doneOrSpace();

    /** The pickup said as done before {@code limit} (where the ones still to come are said), or null. */
    static PickupMet find(String text, List<Mention> mentions, int limit) {
        for (Mention x : mentions) if (ArrivalScan.timed(x) && x.start() < limit) return null;
        for (String v : PickupWords.VERBS)
            for (int at = text.indexOf(v); at >= 0 && at < limit; at = text.indexOf(v, at + 1)) {
                if (at > 0 && PickupWords.NOT_DONE_BEFORE.indexOf(text.charAt(at - 1)) >= 0) continue;
                String next = text.substring(at + v.length(), Math.min(text.length(), at + v.length() + 6));
                if (ArrivalScan.has(next, PickupWords.RECEIVED)) continue;
                Mention.Count c = after(text, mentions, at + v.length(), limit);
                if (c == null) c = before(text, mentions, at, at + v.length(), limit);
                if (c != null) return new PickupMet(at, c);
            }
        return null;
    }

    /**
     * Those met now and the ones still to come ({@code later}, null when no later arrival is said of them), each an
     * arrival of their own, marked as said now.
     */
    ParseOutcome split(Arrival later, String delegation, LocalDate today, ShortOnes gap) {
        int came = figure.value();
        List<Record> records = new ArrayList<>();
        records.add(new Arrival(delegation, today, null, came, null));
        if (later != null) records.add(later);
        return new ParseOutcome.Understood(records)
                .saying(new SaidNow(SaidNow.Kind.ARRIVAL, came, false, null, gap.count()));
    }

    /** 接到新疆队45人, 接上啦 34个, 接到我们6位: the figure after the verb, ending at a pause. */
    private static Mention.Count after(String text, List<Mention> mentions, int from, int limit) {
        int j = ArrivalScan.skipSpaced(text, from, ENDED);
        Mention.Team named = ArrivalScan.startingAt(mentions, j, Mention.Team.class);
        String own = ArrivalScan.at(text, j, PickupWords.OWN);
        if (named != null) j = named.end();
        else if (own != null) j += own.length();
        j = ArrivalScan.skipSpaced(text, j, PickupWords.PEOPLE);
        for (Mention x : mentions)
            if (x instanceof Mention.Count c && c.start() == j && c.unit() && paused(text, c.end(), limit)) return c;
        return null;
    }

    /** 44个全接到了, 41个接上了: the figure right before the verb (and 全, 都, 已经), the verb ending at a pause. */
    private static Mention.Count before(String text, List<Mention> mentions, int verb, int end, int limit) {
        // 接上 嗯 哦还有个人…: the verb ends at a pause, whatever filler follows it
        int e = end;
        for (String w = ArrivalScan.at(text, e, PARTICLES); w != null; w = ArrivalScan.at(text, e, PARTICLES))
            e += w.length();
        if (e < limit && PickupWords.PAUSE.indexOf(text.charAt(e)) < 0) return null;
        int i = verb;
        // 江西27人 接上, 55个 全部接到: spaces between the figure, the adverbs and the verb
        for (String w = ArrivalScan.before(text, i, DONE_OR_SPACE);
                w != null;
                w = ArrivalScan.before(text, i, DONE_OR_SPACE)) i -= w.length();
        for (int k = i; k >= i - 1 && k > 0; k--) {
            for (Mention x : mentions) if (x instanceof Mention.Count c && c.unit() && c.end() == k) return c;
            if ("人个位名".indexOf(text.charAt(k - 1)) < 0) break;
        }
        return null;
    }

    /** Whether only words of people (人, 队员, 了) stand between {@code at} and a pause or {@code limit}. */
    private static boolean paused(String text, int at, int limit) {
        int end = at;
        for (String w = ArrivalScan.at(text, end, PickupWords.PEOPLE);
                w != null && end < limit;
                w = ArrivalScan.at(text, end, PickupWords.PEOPLE)) end += w.length();
        return end >= limit || end >= text.length() || PickupWords.PAUSE.indexOf(text.charAt(end)) >= 0;
    }

    private static String[] doneOrSpace() {
        String[] done = PickupWords.DONE;
        String[] words = Arrays.copyOf(done, done.length + 1);
        words[done.length] = " ";
        return words;
    }
}
