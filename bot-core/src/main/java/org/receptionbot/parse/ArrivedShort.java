package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * An arrival said as done with some of the delegation short ("全团34人已到 实际33 少一个明天来", "广东到了 37人都在 有一个人明天才来",
 * "我们到了 人都在 不过少一个 28人", "来了33 还差一个", "33人已到，1人未到"): today's arrival of those who came (never the whole
 * delegation moved to the later day), and the ones short ({@link ShortOnes}) an arrival of their own when their day or
 * a later word is said ("明天才来", "后天到", "晚点到", "坐下一班"). The same shortfall said alone with its later day
 * ("少一个明天才来", "差两个后天到") is that later arrival, never a meal. With no figure of those who came it asks
 * how many; what the rules read beside other records, meals, vehicles or routes stays theirs.
 */
final class ArrivedShort {
    private ArrivedShort() {}

    /** {@code read} as the arrival with a shortfall {@code m} says, when it says one; else {@code read}. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        Front f = m.front();
        String text = f.text();
        if (!mayBe(text)) return read;
        List<Mention> mentions = f.mentions();
        String delegation = ArrivalScan.delegation(mentions, m.sender());
        ShortOnes gap = delegation == null ? null : ShortOnes.find(text, mentions);
        if (gap == null || thing(text, gap)) return read;
        // 新疆队接到45个 还差2个明天到: a pickup said as done is those who came, a bus named or not
        PickupMet met = PickupMet.find(text, mentions, gap.leadStart());
        if (other(mentions, met != null) || !ownReading(read, met != null)) return read;
        LocalDate today = f.local().toLocalDate();
        // 剩1个下午自己过来 read alone as the named delegation's (北京剩1个…), for its time and part of the day
        String named = named(text, mentions);
        if (met != null)
            return met.split(
                    gap.later(text, mentions, delegation, today, s -> m.reread().apply(named + s)),
                    delegation,
                    today,
                    gap);
        int arrived = Math.max(ArrivedWords.at(text, gap.leadStart()), ArrivedWords.othersAfter(text, gap.end()));
        int first = FirstCame.at(text, mentions, gap.leadStart(), today);
        arrived = Math.max(arrived, first);
        if (splitAlready(read, gap)) return arrived < 0 ? read : marked(read, gap, today);
        if (arrived < 0) {
            // 少一个明天才来: the ones short alone, with their later day and nothing else, are that arrival
            if (!gap.alone(text, mentions) || readAlone(read, gap)) return read;
            Arrival later = gap.later(text, mentions, delegation, today, m.reread());
            return later == null ? read : new ParseOutcome.Understood(List.of(later));
        }
        // 重庆先到41个 还差3个晚上9点的高铁到: the rest read alone as the named delegation's, as after a pickup
        Arrival later = gap.later(
                text,
                mentions,
                delegation,
                today,
                first < 0 ? m.reread() : s -> m.reread().apply(named + s));
        Integer came = ThoseCame.figure(text, mentions, gap);
        // 第一批12人已到;第二批15人…: several figures of their own are batches, not those who came and the whole
        if (came == null && ThoseCame.others(mentions, gap).size() > 1) return read;
        List<Record> records = new ArrayList<>();
        if (later != null) records.add(later);
        Arrival now = new Arrival(delegation, today, null, came, null);
        if (came == null)
            return new ParseOutcome.Incomplete(
                    records,
                    List.of(new Gap(Gap.Field.COUNT, now, text)),
                    new SaidNow(SaidNow.Kind.ARRIVAL, null, false, null, gap.count()));
        records.add(0, now);
        return new ParseOutcome.Understood(records)
                .saying(new SaidNow(SaidNow.Kind.ARRIVAL, came, false, null, gap.count()));
    }

    /** How what follows the ones short may start when they are people: 人, a later word, a pause (not 一个碗, 一个凳子). */
    private static final String PEOPLE_AFTER = "人了明后晚下今还没未要在坐是呢啊吧哈的估可过才到来随稍等其别剩队运教同领老选小孩学处科部主司书副翻志家医 ，,。.!！~";

    /** "人都在 就是少一个凳子": the ones short are a thing, not people. */
    private static boolean thing(String text, ShortOnes gap) {
        int after = gap.figure().end();
        return after < text.length() && PEOPLE_AFTER.indexOf(text.charAt(after)) < 0;
    }

    /** The rules read those who came and the ones short apart already ("来了10个 还有2个明天坐D3621 8:20到"). */
    private static boolean splitAlready(ParseOutcome read, ShortOnes gap) {
        if (read.records().size() < 2) return false;
        for (Record r : read.records())
            if (r instanceof Arrival a && a.count() != null && a.count() == gap.count()) return true;
        return false;
    }

    /** {@code read} marked as those who came today, when it holds their arrival of today with no time. */
    private static ParseOutcome marked(ParseOutcome read, ShortOnes gap, LocalDate today) {
        for (Record r : read.records())
            if (r instanceof Arrival a && today.equals(a.date()) && a.time() == null && a.count() != null)
                return read.saying(new SaidNow(SaidNow.Kind.ARRIVAL, a.count(), false, null, gap.count()));
        return read;
    }

    /** The rules read the ones short alone as their arrival already ("还有1个明天早上坐G1502到"). */
    private static boolean readAlone(ParseOutcome read, ShortOnes gap) {
        return read instanceof ParseOutcome.Understood
                && read.records().size() == 1
                && read.records().get(0) instanceof Arrival a
                && a.count() != null
                && a.count() == gap.count();
    }

    /** Cheap guards: a word of arriving (or of all there: 人都在, 人齐) and one of people short. */
    private static boolean mayBe(String text) {
        boolean arriving = text.indexOf('到') >= 0
                || text.indexOf('来') >= 0
                || text.contains("都在")
                || text.contains("落地")
                || text.indexOf('齐') >= 0
                || text.contains("接上");
        boolean short_ = text.indexOf('少') >= 0
                || text.indexOf('差') >= 0
                || text.indexOf('有') >= 0
                || text.indexOf('缺') >= 0
                || text.indexOf('剩') >= 0
                || text.indexOf('另') >= 0
                || text.indexOf('还') >= 0
                || text.indexOf('未') >= 0
                || text.indexOf('没') >= 0;
        return arriving && short_ && !ArrivalScan.asked(text);
    }

    /**
     * What the rules read is arrivals, a bus's bare count or a meal with no meal said, and questions about them; beside a
     * pickup also a bus's count ("10号车把北京的41个接上了" read as the bus's).
     */
    private static boolean ownReading(ParseOutcome read, boolean pickup) {
        return ArrivalScan.readsOnly(
                read,
                r -> r instanceof Arrival || pickup && r instanceof Headcount,
                d -> d instanceof Arrival
                        || d instanceof MealCancel
                        || d instanceof MealCount
                        || d instanceof Headcount);
    }

    /** The words naming the one delegation named, or "" when none. */
    private static String named(String text, List<Mention> mentions) {
        for (Mention x : mentions) if (x instanceof Mention.Team t) return text.substring(t.start(), t.end());
        return "";
    }

    /** A meal, a vehicle (but the bus of a pickup) or a route: another report than an arrival. */
    private static boolean other(List<Mention> mentions, boolean pickup) {
        for (Mention x : mentions)
            if (x instanceof Mention.Meals || !pickup && x instanceof Mention.Vehicle || x instanceof Mention.Route)
                return true;
        return false;
    }
}
