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
            Mention.Count counted = mealStatement ? null : figureFor(c, vehicles.get(0));
            if (counted != null) {
                draft(c, vehicles.get(0), c.teams(), drafts);
                drafts.last().count = counted.value();
                if (drafts.last().missing == Gap.Field.COUNT) drafts.last().missing = null;
                return true;
            }
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
     * "1号车 30", "2号车点过了 五十八": a number with no unit that ends the clause after the vehicle is the
     * number counted on it when nothing but a counting word stands between them.
     */
    private static Mention.Count figureFor(Clause c, Mention.Vehicle vehicle) {
        Mention last = c.mentions.get(c.mentions.size() - 1);
        if (!(last instanceof Mention.Count n) || n.unit() || n.start() < vehicle.end()) return null;
        if (c.mentions.size() != 2 || c.text.substring(n.end(), c.end).strip().length() > 0) return null;
        return c.bare() || c.has(Cue.HEADCOUNT) && c.at(Cue.HEADCOUNT) >= vehicle.end() ? n : null;
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
