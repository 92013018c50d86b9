package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/** The number of people counted on a vehicle ("3号车实到42人", "送西藏团的9号车，实到28人"). */
final class HeadcountRules {
    private final Reading reading;

    HeadcountRules(Reading reading) {
        this.reading = reading;
    }

    /**
     * Places a head count when the clause is one: a vehicle with 实到/清点 or a figure and no meal, or a
     * figure with 实到 for the vehicle named in the clause before.
     */
    boolean place(Clause c, boolean mealStatement, ClauseState state, Drafts drafts) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (!vehicles.isEmpty()) {
            Mention.Vehicle v = vehicles.get(0);
            // (9号车实到47，)11车45: a vehicle and the number right after it, and nothing else, is its count.
            boolean listed = !mealStatement && c.bare() && SaidFigures.afterVehicle(c, v) != null;
            if (!listed) {
                if (!c.has(Cue.HEADCOUNT) && (Figures.people(c) == null || mealStatement)) return false;
                if (!c.has(Cue.HEADCOUNT) && changeBefore(c)) return false;
                // (明天9点走，)共35人 3号车送: with no counting word, people said before the vehicle are not counted on it.
                if (!c.has(Cue.HEADCOUNT) && !figureAfter(c, v)) return false;
            }
            // 5号车还要等最后一个航班的老师: people the vehicle waits for are not on it.
            if (waits(c, v)) return false;
            draft(c, v, c.teams(), drafts);
            return true;
        }
        if (state.vehicle() == null || !c.has(Cue.HEADCOUNT) || mealStatement) return false;
        if (Figures.count(c, c.at(Cue.HEADCOUNT), false) == null) return false;
        draft(c, state.vehicle(), state.vehicleTeam() == null ? c.teams() : List.of(state.vehicleTeam()), drafts);
        return true;
    }

    /** 3号车少2人: fewer or more said before any figure is a change; after it (41人 少了一个) a remark on the count. */
    private static boolean changeBefore(Clause c) {
        int first = Integer.MAX_VALUE;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) first = Math.min(first, n.start());
        return c.has(Cue.FEWER) && c.at(Cue.FEWER) < first || c.has(Cue.ADD) && c.at(Cue.ADD) < first;
    }

    private static boolean waits(Clause c, Mention.Vehicle vehicle) {
        int at = c.text.indexOf('等', vehicle.end());
        if (at < 0 || at >= c.end) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() > at) return true;
        return false;
    }

    /**
     * "北海返程 3号车实到39人 已经上高速了": a word of the past after the counted figure is the trip
     * going on, not a count of an earlier day.
     */
    static boolean talkAfter(Clause c) {
        if (!c.has(Cue.HEADCOUNT) || c.all(Mention.Vehicle.class).isEmpty() || !c.all(Mention.Day.class).isEmpty())
            return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.end() <= c.at(Cue.PAST)) return true;
        return false;
    }

    private static boolean about(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (c.text.startsWith("左右", n.end()) || c.text.startsWith("上下", n.end())) return true;
        }
        return false;
    }

    private static boolean figureAfter(Clause c, Mention.Vehicle vehicle) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit() && n.start() >= vehicle.end()) return true;
        return false;
    }

    private void draft(Clause c, Mention.Vehicle vehicle, List<String> teams, Drafts drafts) {
        Draft d = drafts.add(Draft.Kind.HEADCOUNT, c, reading.original());
        d.vehicle = vehicle.id();
        d.team = teams.isEmpty() ? reading.lexicon().vehicleTeam(vehicle.id()) : teams.get(0);
        d.count = Figures.count(c, c.at(Cue.HEADCOUNT), false);
        // 2号车点过了 五十八, 上车人数二十八: the number said after the counting word.
        if (d.count == null) d.count = SaidFigures.bareAfter(c, c.endOf(Cue.HEADCOUNT));
        // 四十人左右: about so many is no count; the bot asks.
        if (d.count != null && about(c)) d.count = null;
        if (!reading.lexicon().hasVehicle(vehicle.id())) d.missing = Gap.Field.VEHICLE;
        else if (d.count == null) d.missing = Gap.Field.COUNT;
    }
}
