package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/** The number of people counted on a vehicle ("3号车实到42人", "送西藏团的9号车，实到28人"). */
final class HeadcountRules {
    private final Reading reading;

    HeadcountRules(Reading reading) {
        this.reading = reading;
    }

    /** The delegations the message named before the clause being placed. */
    private List<String> namedBefore = List.of();

    /**
     * Places a head count when the clause is one: a vehicle with 实到/清点 or a figure and no meal, or a
     * figure with 实到 for the vehicle named in the clause before.
     */
    boolean place(Clause c, boolean mealStatement, ClauseState state, Drafts drafts) {
        namedBefore = state.named();
        // 山东有俩人上错车了: people on the wrong bus are a change of route, no count of the bus.
        if (c.text.substring(c.start, c.end).contains("错车")) return false;
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (!mealStatement && c.teams().isEmpty() && eachCounted(c, vehicles, arrivedJustBefore(state, drafts), drafts))
            return true;
        // 1号车2号车共计66人: a total over several buses counts none of them; it is asked.
        if (!mealStatement && HeadcountWords.sharedTotal(c, vehicles)) {
            draft(c, vehicles.get(0), List.of(), drafts);
            drafts.last().missing = Gap.Field.UNCLEAR;
            return true;
        }
        if (!vehicles.isEmpty()
                && HeadcountWords.allAboard(c)
                && (!HeadcountWords.waits(c, vehicles.get(0)) || HeadcountFigure.allAboardAtEnd(c) != null)
                && !mealStatement
                && c.teams().size() <= 1) {
            draft(c, vehicles.get(0), c.teams(), drafts);
            return true;
        }
        if (!vehicles.isEmpty()) {
            // 1号车 我再数一遍啊 三十七: a bus counted again, then its figure.
            Integer again = mealStatement || !BusRecounts.countedAgain(c, vehicles.get(0))
                    ? null
                    : BusRecounts.figure(c, vehicles.get(0));
            if (again != null) return counted(c, vehicles.get(0), again, drafts);
            // 4号车门口 有两位同志在等人: people at the bus's door are not counted on it.
            if (!c.has(Cue.HEADCOUNT) && c.text.startsWith("门口", vehicles.get(0).end())) return false;
            if (HeadcountWords.onlyMissing(c)) return false;
            // 1号车2号车共计66人: a total over buses is no bus's count; the bot asks each bus's.
            if (!mealStatement && HeadcountWords.jointTotal(c)) return counted(c, vehicles.get(0), null, drafts);
            Mention.Vehicle v = vehicles.get(0);
            Mention.Count said = mealStatement ? null : HeadcountWords.figureFor(c, v);
            // 1号车少了一个 33: the figure after the shortfall is the count.
            if (said == null && !mealStatement)
                said = HeadcountFigure.afterShortfall(c.text, c.mentions, c.mentions.indexOf(v));
            if (said != null) return counted(c, v, said.value(), drafts);
            // (9号车实到47，)11车45: a vehicle and the number right after it, and nothing else, is its count.
            boolean listed = !mealStatement
                    && (c.bare() && SaidFigures.afterVehicle(c, v) != null
                            || HeadcountFigure.afterReportTakenBack(c) != null
                            || HeadcountFigure.now(c, v) != null);
            if (!listed) {
                if (!c.has(Cue.HEADCOUNT) && (Figures.people(c) == null || mealStatement)) return false;
                if (!c.has(Cue.HEADCOUNT) && HeadcountWords.changeBefore(c)) return false;
                // (明天9点走，)共35人 3号车送: with no counting word, people said before the vehicle are not counted on it.
                if (!c.has(Cue.HEADCOUNT) && !HeadcountWords.figureAfter(c, v)) return false;
            }
            // 5号车上多了个江苏的: one more of a delegation on the bus counts no one; what they do is said after.
            boolean oneMore = c.all(Mention.Count.class).isEmpty() || VisitPersons.onePerson(c) == 1;
            if (c.has(Cue.ADD)
                    && oneMore
                    && c.all(Mention.Count.class).size() <= 1
                    && !c.teams().isEmpty()) return false;
            // 5号车还要等最后一个航班的老师: people the vehicle waits for are not on it.
            if (HeadcountWords.waits(c, v) && HeadcountFigure.allAboardAtEnd(c) == null) return false;
            // 我是6号车随车联络员…下午车上见: talk about a bus with no figure counts no one.
            if (c.has(Cue.TALK) && c.all(Mention.Count.class).isEmpty()) return false;
            draft(c, v, c.teams().isEmpty() ? arrivedJustBefore(state, drafts) : c.teams(), drafts);
            return true;
        }
        // 北海线那台中巴 实到17人: a bus named by its kind is not known; which one is asked.
        if (c.has(Cue.HEADCOUNT) && !mealStatement && HeadcountWords.busByKind(c) && Figures.people(c) != null) {
            Draft d = drafts.add(Draft.Kind.HEADCOUNT, c, reading.original());
            d.count = Figures.people(c);
            d.missing = Gap.Field.VEHICLE;
            return true;
        }
        // 实到40人, 人齐了: a bus liaison's count, the message naming no vehicle, is of the vehicle they ride.
        Mention.Vehicle own = mealStatement ? null : SendersVehicle.counted(c, state, reading);
        if (own != null) {
            draft(c, own, List.of(), drafts);
            return true;
        }
        if (state.vehicle() == null || !c.has(Cue.HEADCOUNT) || mealStatement) return false;
        if (Figures.count(c, c.at(Cue.HEADCOUNT), false) == null) return false;
        draft(c, state.vehicle(), state.vehicleTeam() == null ? c.teams() : List.of(state.vehicleTeam()), drafts);
        return true;
    }

    /** "2号车还在等人 目前27": the bus named before, then only its figure now ({@link BusFigureLater}). */
    boolean figureLater(Clause c, boolean mealStatement, ClauseState state, Drafts drafts) {
        List<Mention.Vehicle> here = c.all(Mention.Vehicle.class);
        Mention.Vehicle v = here.isEmpty() ? state.vehicle() : here.get(0);
        if (v == null || mealStatement || here.size() > 1) return false;
        Integer n = BusFigureLater.figure(c, here.isEmpty() ? c.start : v.end(), reading.original());
        if (n == null) return false;
        for (Draft d : drafts.since(0)) if (d.kind == Draft.Kind.HEADCOUNT && v.id().equals(d.vehicle)) return false;
        namedBefore = state.named();
        draft(c, v, List.of(), drafts);
        drafts.last().count = n;
        if (drafts.last().missing == Gap.Field.COUNT) drafts.last().missing = null;
        return true;
    }

    /**
     * "海南到了！24人 鄂QA1002实到24": the one delegation the message names, whose movement was just
     * read, is the one counted on the vehicle; else none (the vehicle's own delegation).
     */
    private static List<String> arrivedJustBefore(ClauseState state, Drafts drafts) {
        Draft last = drafts.last();
        if (state.named().size() != 1 || last == null || !last.isMovement()) return List.of();
        return state.named().equals(List.of(last.team)) ? List.of(last.team) : List.of();
    }

    /**
     * "3车38 4车40 5车36", "(6号车实到35，)7号车31": several vehicles each with its figure right after
     * it, or one after a head count just read, are a head count each; placed when they are. One
     * vehicle is counted for {@code before} when it names a delegation.
     */
    private boolean eachCounted(Clause c, List<Mention.Vehicle> vehicles, List<String> before, Drafts drafts) {
        Draft last = drafts.last();
        boolean afterCount = last != null && last.kind == Draft.Kind.HEADCOUNT;
        if (vehicles.isEmpty()
                || vehicles.size() == 1 && !afterCount && !HeadcountWords.alone(c, vehicles.get(0))
                || c.question) return false;
        List<Mention.Count> figures = new java.util.ArrayList<>();
        for (int i = 0; i < vehicles.size(); i++) {
            Mention.Count n = HeadcountWords.figureRightAfter(c, vehicles.get(i));
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

    /**
     * "北海回程 3号车44 4号车40 全部出发": vehicles each with its figure right after it, said with their
     * moving and naming no delegation, are a head count each; the moving is the buses'. So is one vehicle
     * counted, then where it carries its people ("5号车实到30 送西藏去机场"). Placed when they are.
     */
    boolean countedMoving(Clause c, Drafts drafts) {
        if (c.teams().isEmpty() && eachCounted(c, c.all(Mention.Vehicle.class), List.of(), drafts)) return true;
        // (10号车实到28人，)送北京代表团去机场: the trip of the bus just counted names whom it carries.
        if (HeadcountTrips.carries(c, drafts.last())) {
            if (!c.teams().isEmpty()) drafts.last().team = c.teams().get(0);
            return true;
        }
        Mention.Count n = HeadcountTrips.countedThenCarried(c);
        if (n == null) return false;
        // 5号车实到30 送西藏去机场: the delegation the counted bus carries is the count's.
        return counted(c, c.all(Mention.Vehicle.class).get(0), n.value(), drafts);
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
        if (Figures.people(c) == null || !HeadcountWords.figureAfter(c, vehicles.get(0))) return false;
        // 百色到了 1号车少了一个 (实到39): the people the bus is short of are not counted on it.
        if (HeadcountWords.shortOf(c, vehicles.get(0))) return false;
        draft(c, vehicles.get(0), List.of(), drafts);
        return true;
    }

    /**
     * "3号车8:50出发去机场了": a bus that carries no one delegation, moving, said by no delegation's
     * liaison and naming none, moves no delegation (who is aboard is its head count's matter).
     */
    boolean busMovesNoOne(Clause c) {
        return HeadcountTrips.busMovesNoOne(c, reading);
    }

    /** Places a head count of the clause's delegation with the figure given (null: the bot asks it). */
    private boolean counted(Clause c, Mention.Vehicle vehicle, Integer count, Drafts drafts) {
        draft(c, vehicle, c.teams(), drafts);
        Draft d = drafts.last();
        d.count = HeadcountFigure.takenBackAlone(c) ? HeadcountFigure.afterTakenBack(c) : count;
        Integer allAboard = HeadcountFigure.allAboardAtEnd(c);
        if (allAboard != null) d.count = allAboard;
        Integer recounted = BusRecounts.figure(c, vehicle);
        if (recounted != null) d.count = recounted;
        if (d.missing == null && count == null) d.missing = Gap.Field.COUNT;
        if (d.missing == Gap.Field.COUNT && (count != null || recounted != null)) d.missing = null;
        return true;
    }

    private void draft(Clause c, Mention.Vehicle vehicle, List<String> teams, Drafts drafts) {
        Draft d = drafts.add(Draft.Kind.HEADCOUNT, c, reading.original());
        d.vehicle = vehicle.id();
        // 海南到了！24人 鄂QA1002实到24: the one delegation the message named before is the count's.
        // 西藏的也坐3号车: a delegation riding along shares the bus, whose own delegation stays.
        if (teams.isEmpty() && namedBefore.size() == 1 && !HeadcountTalk.sharedBus(reading.original()))
            teams = namedBefore;
        d.team = teams.isEmpty() ? reading.lexicon().vehicleTeam(vehicle.id()) : teams.get(0);
        Mention.Count counted = HeadcountFigure.of(c, vehicle);
        d.count = counted != null ? Integer.valueOf(counted.value()) : Figures.count(c, c.at(Cue.HEADCOUNT), false);
        // 2号车点过了 五十八, 上车人数二十八: the number said after the counting word.
        if (d.count == null) d.count = SaidFigures.bareAfter(c, c.endOf(Cue.HEADCOUNT));
        if (d.count == null) d.count = HeadcountFigure.now(c, vehicle);
        // 刚才点的38 不对 后面又上来3个: with the figure taken back and none in its place, the bot asks.
        if (HeadcountFigure.takenBackAlone(c)) d.count = HeadcountFigure.afterTakenBack(c);
        if (HeadcountFigure.allAboardAtEnd(c) != null) d.count = HeadcountFigure.allAboardAtEnd(c);
        // 四十人左右, 大概30个: about so many is no count; the bot asks.
        Integer recounted = BusRecounts.figure(c, vehicle);
        if (recounted != null) d.count = recounted;
        if (d.count != null && (HeadcountWords.about(c) || HeadcountWords.approximate(c))) d.count = null;
        if (!reading.lexicon().hasVehicle(vehicle.id())) d.missing = Gap.Field.VEHICLE;
        else if (d.count == null) d.missing = Gap.Field.COUNT;
    }
}
