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
        if (!vehicles.isEmpty() && allAboard(c) && !mealStatement && c.teams().size() <= 1) {
            draft(c, vehicles.get(0), c.teams(), drafts);
            return true;
        }
        if (!vehicles.isEmpty()) {
            if (!c.has(Cue.HEADCOUNT) && (Figures.people(c) == null || mealStatement)) return false;
            if (!c.has(Cue.HEADCOUNT) && (c.has(Cue.FEWER) || c.has(Cue.ADD))) return false;
            // (明天9点走，)共35人 3号车送: with no counting word, people said before the vehicle are not counted on it.
            if (!c.has(Cue.HEADCOUNT) && !figureAfter(c, vehicles.get(0))) return false;
            draft(c, vehicles.get(0), c.teams(), drafts);
            return true;
        }
        if (state.vehicle() == null || !c.has(Cue.HEADCOUNT) || mealStatement) return false;
        if (Figures.count(c, c.at(Cue.HEADCOUNT), false) == null) return false;
        draft(c, state.vehicle(), state.vehicleTeam() == null ? c.teams() : List.of(state.vehicleTeam()), drafts);
        return true;
    }

    /**
     * "5号车到了15个人": a vehicle arriving with people said after it, and no delegation, clock time
     * or train named, is the head count on it; placed when it is one.
     */
    boolean arrived(Clause c, Drafts drafts) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.size() != 1 || !c.teams().isEmpty() || c.question) return false;
        if (!c.all(Mention.Clock.class).isEmpty() || !c.all(Mention.Transport.class).isEmpty()) return false;
        if (Figures.people(c) == null || !figureAfter(c, vehicles.get(0))) return false;
        draft(c, vehicles.get(0), List.of(), drafts);
        return true;
    }

    /** "4号车人齐了", "3车32人齐了", "全齐": everyone expected is on the vehicle (a figure, if any, is the count). */
    private static boolean allAboard(Clause c) {
        String words = c.text.substring(c.start, c.end);
        return !c.question && (words.contains("人齐") || words.contains("齐了") || words.contains("全齐") || words.contains("到齐"))
                && !words.contains("没齐") && !words.contains("不齐") && !words.contains("未齐") && !words.contains("齐吗");
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
        if (!reading.lexicon().hasVehicle(vehicle.id())) d.missing = Gap.Field.VEHICLE;
        else if (d.count == null) d.missing = Gap.Field.COUNT;
    }
}
