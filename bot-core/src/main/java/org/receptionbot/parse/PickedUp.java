package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * A pickup said as done, the verb opening the message with at most the bus and an adverb before it ("接到湖北59人
 * 往酒店走了", "4号车已经接到贵州8位队员", "刚接上 广东队 37个 马上出发", "3号车刚接到湖南5个人"): the arrival now of the
 * people met (the named delegation, else the sender's), by whoever says it. With people still to come beside it
 * ({@link ShortOnes}: "10号车接到北京队41人 还有一个下午到") the message is left to {@link ArrivedShort}, which splits
 * every arrival with some short the same way ({@link PickupMet}). With no bus named the pickup opening the message is done; with a bus named, done is said by 已/刚,
 * by setting off after it (往酒店走了, 出发了, 在路上, a bare 出发 or 回云上民宿: {@link SetOffAfterPickup}), by the ones still to come, or by 了 from a team's liaison: the
 * bus's own "13号车接到财政部两位了" stays its head count as the rules read it, while a whole team met with no figure
 * ("8号车接到重庆了") is that team's arrival now, whoever says it. A question, a notice received
 * (接到通知), a bus still to fetch people, a time of the pickup itself, or any other report beside it (实到 …) is left
 * to the rules.
 */
final class PickedUp {

    /** The pickup phrase: where it starts and ends, the bus named (or null), who is met and how many. */
    private record Pickup(
            int start, int end, Mention.Vehicle vehicle, String team, Mention.Count figure, boolean done) {
        /** The people met, or null for the whole team. */
        Integer count() {
            return figure == null ? null : figure.value();
        }
    }

    /** The particles that say the pickup of a whole team done right after it (接到重庆了). */
    private static final String[] DONE_PARTICLES = {"了", "啦"};

    private PickedUp() {}

    /** {@code read} as the pickup {@code m} says, when it says one said as done; else {@code read}. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        Front f = m.front();
        String text = f.text();
        if (text.indexOf('接') < 0 || asks(text) || !ownReading(read)) return read;
        List<Mention> mentions = f.mentions();
        // 10号车接到北京队41人 还有一个下午到: those still to come beside it are split by ArrivedShort, for every arrival
        if (ShortOnes.find(text, mentions) != null) return read;
        Pickup p = find(text, mentions, m.sender());
        if (p == null) return read;
        // 1号车接到天津4位 江苏9位: a list of teams met, each with its figure, is each team's arrival, said as done
        List<PickupTeams.Met> more = p.count() == null ? List.of() : PickupTeams.after(text, mentions, p.end());
        Boolean tail = rest(
                text,
                mentions,
                more.isEmpty() ? p.end() : more.get(more.size() - 1).end());
        if (tail == null || !(p.done() || tail || !more.isEmpty())) return read;
        List<Record> arrivals = new ArrayList<>();
        arrivals.add(new Arrival(p.team(), f.local().toLocalDate(), null, p.count(), null));
        for (PickupTeams.Met t : more)
            arrivals.add(new Arrival(t.team(), f.local().toLocalDate(), null, t.count(), null));
        ParseOutcome met = new ParseOutcome.Understood(arrivals);
        if (!more.isEmpty()) return met;
        // 人齐, 全部接到: the whole team met is their arrival as it happens, confirmed at the message's minute
        if (read.saidNow() == null && ArrivalScan.has(text.substring(p.start()), PickupWords.ALL_MET))
            return met.saying(new SaidNow(SaidNow.Kind.ARRIVAL, p.count(), true, null));
        return met;
    }

    /** A question or a denial anywhere: 吗, ？, 没接到. */
    private static boolean asks(String text) {
        return ArrivalScan.asked(text) || text.contains("没有");
    }

    /**
     * The pickup phrase the message opens with, ending at a pause; null when none. Before the verb may stand the bus
     * (and 把), the delegation and the figure of those met ("江苏接到35人", "云南55个全部接到"); else they follow it.
     */
    private static Pickup find(String text, List<Mention> mentions, String sender) {
        int verb = verb(text);
        if (verb < 0) return null;
        PickupHead head = PickupHead.before(text, mentions, verb);
        if (head == null) return null;
        int j = ArrivalScan.skipSpaced(text, verb + 2, new String[] {"了", " "});
        boolean ended = j > verb + 2 && text.startsWith("了", verb + 2);
        String team = head.team() != null ? head.team().id() : sender;
        Mention.Count figure = head.figure();
        boolean whole = false;
        int end;
        if (figure == null) {
            Mention.Team named = head.team() == null ? ArrivalScan.startingAt(mentions, j, Mention.Team.class) : null;
            String own = ArrivalScan.at(text, j, PickupWords.OWN);
            if (named != null) {
                team = named.id();
                j = named.end();
            } else if (own != null) j += own.length();
            String done = named != null || own != null ? ArrivalScan.at(text, j, DONE_PARTICLES) : null;
            if (done != null) {
                // 8号车接到重庆了: the team met, with no figure and no part of it named, is the whole team met
                whole = true;
                ended = true;
                end = j + done.length();
            } else {
                j = ArrivalScan.skipSpaced(text, j, PickupWords.PEOPLE);
                figure = ArrivalScan.startingAt(mentions, j, Mention.Count.class);
                if (figure == null || !figure.unit()) return null;
                end = figure.end();
            }
        } else end = verb + 2; // 云南55个全部接到: the verb ends the phrase
        if (team == null) return null;
        while (end < text.length()) {
            String w = ArrivalScan.at(text, end, PickupWords.PEOPLE);
            if (w == null || head.figure() != null && !w.equals("了") && !w.equals("啦")) break;
            ended |= w.equals("了") || w.equals("啦");
            end += w.length();
        }
        // 接到天津4位、江苏9位: the list's mark ends the first team's phrase as a pause does
        if (end < text.length()
                && PickupWords.PAUSE.indexOf(text.charAt(end)) < 0
                && "、和及".indexOf(text.charAt(end)) < 0) return null;
        for (Mention x : mentions) {
            boolean timed = ArrivalScan.timed(x);
            boolean other = x instanceof Mention.Meals || x instanceof Mention.Route || x instanceof Mention.Transport;
            if ((timed || other) && x.start() >= head.start() && x.end() <= end) return null;
        }
        // 接到湖北59人: the verb opening the report with nothing still to do is done; 13号车接到财政部两位了 from the bus
        // is its count, from a team's liaison, who counts no bus, their people met; with no figure, the whole team met
        boolean done = head.done() || head.vehicle() == null || ended && (sender != null || whole);
        return new Pickup(head.start(), end, head.vehicle(), team, figure, done);
    }

    /** The one pickup verb of the text, not a notice received nor one still to do; -1 when none or several. */
    private static int verb(String text) {
        int found = -1;
        for (String v : PickupWords.VERBS)
            for (int at = text.indexOf(v); at >= 0; at = text.indexOf(v, at + 1)) {
                if (found >= 0) return -1;
                found = at;
            }
        if (found < 0) return -1;
        if (found > 0 && PickupWords.NOT_DONE_BEFORE.indexOf(text.charAt(found - 1)) >= 0) return -1;
        String after = text.substring(found + 2, Math.min(text.length(), found + 8));
        return ArrivalScan.has(after, PickupWords.RECEIVED) ? -1 : found;
    }

    /**
     * What follows the pickup, the ones still to come aside: true when it sets off (往酒店走了, 出发去酒店) or says
     * all met (人齐), false when nothing or thanks, null when anything else is said (a count, a meal, a time of its own).
     */
    private static Boolean rest(String text, List<Mention> mentions, int from) {
        boolean tail = false;
        int i = from;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && PickupWords.PAUSE.indexOf(text.charAt(end)) < 0) end++;
            if (end > i) {
                String piece = text.substring(i, end);
                // 一个不少: the whole team met, its 一个 no figure of its own
                boolean allMet = ArrivalScan.has(piece, PickupWords.ALL_MET);
                // 出发, 回云上民宿: the bus setting off said bare, the lodging's name no mention of its own
                boolean setOff = SetOffAfterPickup.said(piece);
                for (Mention x : mentions) if (!allMet && !setOff && x.start() >= i && x.end() <= end) return null;
                if (allMet || setOff || ArrivalScan.has(piece, PickupWords.ON_THE_WAY)) tail = true;
                else if (!ArrivalScan.has(piece, PickupWords.CLOSING)) return null;
            }
            i = end == i ? i + 1 : end;
        }
        return tail;
    }

    /** What the rules read is this pickup's kind: arrivals, a bus's count, setting off, or a question about them. */
    private static boolean ownReading(ParseOutcome read) {
        return ArrivalScan.readsOnly(read, PickedUp::movementOrCount, PickedUp::movementOrCount);
    }

    private static boolean movementOrCount(Record r) {
        return r instanceof Arrival || r instanceof Departure || r instanceof Headcount;
    }
}
