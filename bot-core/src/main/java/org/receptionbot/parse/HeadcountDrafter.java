package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * Places head counts for {@link HeadcountRules} and {@link MovingHeadcounts}: the vehicle, the delegation
 * counted (the one named before when the clause names none) and the figure, or what the bot must ask.
 */
final class HeadcountDrafter {
    private final Reading reading;
    /** The delegations the message named before the clause being placed. */
    private List<String> namedBefore = List.of();

    HeadcountDrafter(Reading reading) {
        this.reading = reading;
    }

    /** The delegations the message named before the clause about to be placed. */
    void namedBefore(List<String> named) {
        namedBefore = named;
    }

    /**
     * "3车38 4车40 5车36", "(6号车实到35，)7号车31": several vehicles each with its figure right after
     * it, or one after a head count just read, are a head count each; placed when they are. One
     * vehicle is counted for {@code before} when it names a delegation.
     */
    boolean eachCounted(Clause c, List<Mention.Vehicle> vehicles, List<String> before, Drafts drafts) {
        Draft last = drafts.last();
        boolean afterCount = last != null && last.kind == Draft.Kind.HEADCOUNT;
        if (vehicles.isEmpty()
                || vehicles.size() == 1 && !afterCount && !VehicleFigures.alone(c, vehicles.get(0))
                || c.question) return false;
        List<Mention.Count> figures = new java.util.ArrayList<>();
        for (int i = 0; i < vehicles.size(); i++) {
            Mention.Count n = VehicleFigures.figureRightAfter(c, vehicles.get(i));
            int next = i + 1 < vehicles.size() ? vehicles.get(i + 1).start() : c.end;
            if (n == null || n.end() > next) return false;
            figures.add(n);
        }
        for (int i = 0; i < vehicles.size(); i++) {
            draft(c, vehicles.get(i), vehicles.size() == 1 ? before : List.of(), drafts);
            drafts.last().count = figures.get(i).value();
            drafts.last().missing = reading.lexicon().hasVehicle(vehicles.get(i).id()) ? null : Gap.Field.VEHICLE;
        }
        return true;
    }

    /** Places a head count of the clause's delegation with the figure given (null: the bot asks it). */
    boolean counted(Clause c, Mention.Vehicle vehicle, Integer count, Drafts drafts) {
        // 3号车刚才数错了 是39个 宁夏那个本来就没上车: the reason's delegation is not the count's
        List<String> teams = new java.util.ArrayList<>(c.teams());
        teams.removeAll(RecountReasons.teams(c));
        draft(c, vehicle, teams, drafts);
        Draft d = drafts.last();
        d.count = HeadcountFigure.takenBackAlone(c) ? HeadcountFigure.afterTakenBack(c) : count;
        Integer allAboard = HeadcountFigure.allAboardAtEnd(c);
        if (allAboard != null) d.count = allAboard;
        Integer recounted = BusRecounts.figure(c, vehicle);
        if (recounted != null) d.count = recounted;
        recountTotal(c, vehicle, d);
        if (d.missing == null && count == null && d.count == null) d.missing = Gap.Field.COUNT;
        if (d.missing == Gap.Field.COUNT && (count != null || recounted != null)) d.missing = null;
        // 7号车实到二十六还是二十七 我再数一遍: a choice of figures is no count, even with a recount said.
        if (HeadcountWords.eitherFigure(c)) {
            d.count = null;
            d.missing = Gap.Field.COUNT;
        }
        return true;
    }

    /**
     * "刚才数错了 3号车是36 不是38", "刚才数错了 是32": a count again is of the vehicle it names, else the one
     * named before, else the sender's; with none known the bot asks which (only for words of counting).
     */
    boolean recounted(Clause c, ClauseState state, Drafts drafts) {
        RecountLeadIn.Said said = RecountLeadIn.read(c);
        if (said == null
                && reading.vehicle() != null
                && state.vehicle() == null
                && c.all(Mention.Vehicle.class).isEmpty()) {
            Integer again = BusLiaisonRecount.figure(c);
            if (again != null) said = new RecountLeadIn.Said(null, again, true);
        }
        if (said == null) return false;
        Mention.Vehicle v = said.vehicle() != null ? said.vehicle() : state.vehicle();
        if (v == null && reading.vehicle() != null) v = new Mention.Vehicle(reading.vehicle(), c.start, c.start);
        if (v == null) {
            if (!said.counting()) return false;
            Draft d = drafts.add(Draft.Kind.HEADCOUNT, c, reading.original());
            d.count = said.count();
            d.missing = Gap.Field.VEHICLE;
            return true;
        }
        for (Draft d : drafts.since(0))
            if (d.kind == Draft.Kind.HEADCOUNT && v.id().equals(d.vehicle)) {
                d.count = said.count();
                return true;
            }
        draft(c, v, List.of(), drafts);
        drafts.last().count = said.count();
        if (drafts.last().missing == Gap.Field.COUNT) drafts.last().missing = null;
        return true;
    }

    /** "那2个赶上了 现在33人": the total of a recount beside the people of its remark ({@link RecountTotal}). */
    private static void recountTotal(Clause c, Mention.Vehicle vehicle, Draft d) {
        RecountTotal.Said said = RecountTotal.read(c, vehicle.end());
        if (said == null) return;
        d.count = said.total();
        if (said.total() == null && d.missing == null) d.missing = Gap.Field.COUNT;
    }

    void draft(Clause c, Mention.Vehicle vehicle, List<String> teams, Drafts drafts) {
        Draft d = drafts.add(Draft.Kind.HEADCOUNT, c, reading.original());
        d.vehicle = vehicle.id();
        // 海南到了！24人 鄂QA1002实到24: the one delegation the message named before is the count's.
        // 西藏的也坐3号车: a delegation riding along shares the bus, whose own delegation stays.
        if (teams.isEmpty() && namedBefore.size() == 1 && !HeadcountTalk.sharedBus(reading.original()))
            teams = namedBefore;
        d.team = teams.isEmpty() ? reading.lexicon().vehicleTeam(vehicle.id()) : teams.get(0);
        d.teamOfVehicle = teams.isEmpty();
        Mention.Count counted = HeadcountFigure.of(c, vehicle);
        d.count = counted != null ? Integer.valueOf(counted.value()) : Figures.count(c, c.at(Cue.HEADCOUNT), false);
        // 2号车点过了 五十八, 上车人数二十八: the number said after the counting word.
        if (d.count == null) d.count = SaidFigures.bareAfter(c, c.endOf(Cue.HEADCOUNT));
        if (d.count == null) d.count = HeadcountFigure.now(c, vehicle);
        // 刚才点的38 不对 后面又上来3个: with the figure taken back and none in its place, the bot asks.
        if (HeadcountFigure.takenBackAlone(c)) d.count = HeadcountFigure.afterTakenBack(c);
        if (HeadcountFigure.onlyJoinedAfterTakenBack(c)) d.count = null;
        if (HeadcountFigure.allAboardAtEnd(c) != null) d.count = HeadcountFigure.allAboardAtEnd(c);
        // 四十人左右, 大概30个: about so many is no count; the bot asks.
        Integer recounted = BusRecounts.figure(c, vehicle);
        if (recounted != null) d.count = recounted;
        recountTotal(c, vehicle, d);
        if (d.count != null && (HeadcountWords.about(c) || HeadcountWords.approximate(c))) d.count = null;
        if (!reading.lexicon().hasVehicle(vehicle.id())) d.missing = Gap.Field.VEHICLE;
        else if (d.count == null) d.missing = Gap.Field.COUNT;
    }
}
