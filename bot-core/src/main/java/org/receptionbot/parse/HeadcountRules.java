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
        // 山东有俩人上错车了: people on the wrong bus are a change of route, no count of the bus.
        if (c.text.substring(c.start, c.end).contains("错车")) return false;
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (!mealStatement && c.teams().isEmpty() && eachCounted(c, vehicles, drafts)) return true;
        if (!vehicles.isEmpty() && allAboard(c) && !mealStatement && c.teams().size() <= 1) {
            draft(c, vehicles.get(0), c.teams(), drafts);
            return true;
        }
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
     * "3车38 4车40 5车36", "(6号车实到35，)7号车31": several vehicles each with its figure right after
     * it, or one after a head count just read, are a head count each; placed when they are.
     */
    private boolean eachCounted(Clause c, List<Mention.Vehicle> vehicles, Drafts drafts) {
        Draft last = drafts.last();
        boolean afterCount = last != null && last.kind == Draft.Kind.HEADCOUNT;
        if (vehicles.isEmpty() || vehicles.size() == 1 && !afterCount && !alone(c, vehicles.get(0)) || c.question)
            return false;
        List<Mention.Count> figures = new java.util.ArrayList<>();
        for (int i = 0; i < vehicles.size(); i++) {
            Mention.Count n = figureRightAfter(c, vehicles.get(i));
            int next = i + 1 < vehicles.size() ? vehicles.get(i + 1).start() : c.end;
            if (n == null || n.end() > next) return false;
            figures.add(n);
        }
        for (int i = 0; i < vehicles.size(); i++) {
            draft(c, vehicles.get(i), List.of(), drafts);
            drafts.last().count = figures.get(i).value();
            drafts.last().missing = reading.lexicon().hasVehicle(vehicles.get(i).id()) ? null : Gap.Field.VEHICLE;
        }
        return true;
    }

    /** "3车38": the clause is the vehicle and its figure, nothing else. */
    private static boolean alone(Clause c, Mention.Vehicle v) {
        Mention.Count n = figureRightAfter(c, v);
        if (n == null || !c.text.substring(c.start, v.start()).isBlank()) return false;
        return c.text.substring(n.end(), c.end).replaceAll("[\\s人个名位]", "").isEmpty();
    }

    /** The figure after a vehicle with at most a counting word between (3车38, 6号车实到35，7号车 31人). */
    private static Mention.Count figureRightAfter(Clause c, Mention.Vehicle v) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < v.end()) continue;
            String between = c.text.substring(v.end(), n.start()).replaceAll("[\\s:：]|实到|清点|上车|车上|共", "");
            return between.isEmpty() ? n : null;
        }
        return null;
    }

    /**
     * "5号车到了15个人": a vehicle arriving with people said after it, and no delegation, clock time
     * or train named, is the head count on it; placed when it is one.
     */
    boolean arrived(Clause c, Drafts drafts) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.size() != 1 || !c.teams().isEmpty() || c.question) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        if (Figures.people(c) == null || !figureAfter(c, vehicles.get(0))) return false;
        draft(c, vehicles.get(0), List.of(), drafts);
        return true;
    }

    /**
     * "3号车8:50出发去机场了": a bus that carries no one delegation, moving, said by no delegation's
     * liaison and naming none, moves no delegation (who is aboard is its head count's matter).
     */
    boolean busMovesNoOne(Clause c) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.isEmpty() || reading.sender() != null || !c.teams().isEmpty()) return false;
        for (Mention.Vehicle v : vehicles)
            if (!reading.lexicon().hasVehicle(v.id()) || reading.lexicon().vehicleTeam(v.id()) != null) return false;
        return true;
    }

    /** "四十人左右", "大概30个", "后排没数清": a figure given as a guess is no head count; it is asked for. */
    private static boolean approximate(Clause c) {
        String words = c.text.substring(c.start, c.end);
        for (String w : new String[] {"左右", "大概", "大约", "差不多", "估计", "没数清", "没点清", "不确定"})
            if (words.contains(w)) return true;
        return false;
    }

    /** "4号车人齐了", "3车32人齐了", "全齐": everyone expected is on the vehicle (a figure, if any, is the count). */
    private static boolean allAboard(Clause c) {
        String words = c.text.substring(c.start, c.end);
        return !c.question
                && (words.contains("人齐") || words.contains("齐了") || words.contains("全齐") || words.contains("到齐"))
                && !words.contains("没齐")
                && !words.contains("不齐")
                && !words.contains("未齐")
                && !words.contains("齐吗");
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
        d.count = approximate(c) ? null : Figures.count(c, c.at(Cue.HEADCOUNT), false);
        if (!reading.lexicon().hasVehicle(vehicle.id())) d.missing = Gap.Field.VEHICLE;
        else if (d.count == null) d.missing = Gap.Field.COUNT;
    }
}
