package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A flight said by both ends, "沈阳桃仙CZ6301 11点半起飞 下午4点15落地", "飞机9点40起飞 下午1点到": the people arrive at
 * the landing time; the take-off time is no arrival of its own. Boarded with a landing time and a pickup asked for
 * ("5人已登机 CA1329 预计11:25落地 麻烦安排接一下") is coming here, no one leaving.
 */
final class FlightLanding {
    private static final String[] TAKE_OFF = {"起飞", "登机", "上飞机"};
    private static final String[] LANDING = {"落地", "降落", "抵达", "到达", "到"};
    private static final String[] PICKUP = {"接一下", "来接", "安排接", "需要接", "接机", "派车接"};
    private static final String SKIP = " 左右大概约的";

    private FlightLanding() {}

    static ParseOutcome settled(ParseOutcome read, Front f) {
        String text = f.text();
        if (!holds(text, TAKE_OFF)) return read;
        Mention.Clock landing = landingClock(f);
        if (landing == null) return read;
        List<Record> records = read.records();
        boolean pickup = holds(text, PICKUP);
        boolean leaving = !pickup && records.stream().anyMatch(Departure.class::isInstance);
        // 湖南厅明天4人 下午3点起飞 5点到长沙, asked as unclear: which way the flight goes is not said.
        if (!pickup && !leaving && unclear(read)) return read;
        Mention.Clock at = leaving ? clockBefore(f, 0, new String[] {"起飞"}) : landing;
        if (at == null) return read;
        Merged m = new Merged();
        for (Record r : records) if (r instanceof Movement v && !m.add(v)) return read;
        if (m.movements == 0) return read;
        LocalTime time = timeOf(f, at);
        Record one = leaving
                ? new Departure(m.team, m.date, time, m.count, m.transport)
                : new Arrival(m.team, m.date, time, m.count, m.transport);
        List<Record> kept = new ArrayList<>();
        for (Record r : records) {
            if (!(r instanceof Movement)) kept.add(r);
            else if (one != null) {
                kept.add(one);
                one = null;
            }
        }
        List<Gap> gaps = new ArrayList<>();
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps())
                if (g.missing() != Gap.Field.UNCLEAR && !(g.draft() instanceof Movement)) gaps.add(g);
        return gaps.isEmpty() ? new ParseOutcome.Understood(kept) : new ParseOutcome.Incomplete(kept, gaps, null);
    }

    /** The movements of one delegation and day, their people and flight the first said. */
    private static final class Merged {
        String team;
        java.time.LocalDate date;
        Integer count;
        String transport;
        int movements;

        boolean add(Movement r) {
            if (movements > 0
                    && (!java.util.Objects.equals(team, r.delegation()) || !java.util.Objects.equals(date, r.date())))
                return false;
            team = r.delegation();
            date = r.date();
            count = count == null ? r.count() : count;
            transport = transport == null ? r.transport() : transport;
            movements++;
            return true;
        }
    }

    private static boolean unclear(ParseOutcome read) {
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps()) if (g.missing() == Gap.Field.UNCLEAR) return true;
        return false;
    }

    /** The clock said right before a word of landing (maybe after 左右), after the first word of take-off. */
    private static Mention.Clock landingClock(Front f) {
        int tookOff = Integer.MAX_VALUE;
        for (String w : TAKE_OFF)
            if (f.text().contains(w)) tookOff = Math.min(tookOff, f.text().indexOf(w));
        return tookOff == Integer.MAX_VALUE ? null : clockBefore(f, tookOff, LANDING);
    }

    /** The first clock from {@code from} on said right before one of {@code words} (maybe after 左右), or null. */
    private static Mention.Clock clockBefore(Front f, int from, String[] words) {
        String text = f.text();
        for (Mention m : f.mentions()) {
            if (!(m instanceof Mention.Clock k) || k.start() < from) continue;
            int at = k.end();
            while (at < text.length() && SKIP.indexOf(text.charAt(at)) >= 0) at++;
            if (startsAny(text, at, words)) return k;
        }
        return null;
    }

    private static LocalTime timeOf(Front f, Mention.Clock k) {
        for (Clause c : f.clauses()) {
            if (k.start() < c.start || k.end() > c.end) continue;
            return Figures.timeOf(c, k);
        }
        return LocalTime.of(Figures.unmarked(k.hour()), k.minute());
    }

    private static boolean startsAny(String text, int at, String[] words) {
        for (String w : words) if (text.startsWith(w, at)) return true;
        return false;
    }

    private static boolean holds(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
