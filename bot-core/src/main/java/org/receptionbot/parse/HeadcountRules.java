package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/** The number of people counted on a vehicle ("3号车实到42人", "送西藏团的9号车，实到28人"). */
final class HeadcountRules {
    private final Reading reading;
    private final HeadcountDrafter drafter;

    HeadcountRules(Reading reading, HeadcountDrafter drafter) {
        this.reading = reading;
        this.drafter = drafter;
    }

    /** "6号车到了28个 还差2个在找 电话没人接": the bus's count beside the problem of the people short of it. */
    boolean countedBesideMissing(Clause c, Drafts drafts) {
        Mention.Count n = CountedBusMissing.count(c);
        if (n == null) return false;
        return drafter.counted(c, c.all(Mention.Vehicle.class).get(0), n.value(), drafts);
    }

    /**
     * Places a head count when the clause is one: a vehicle with 实到/清点 or a figure and no meal, or a
     * figure with 实到 for the vehicle named in the clause before.
     */
    boolean place(Clause c, boolean mealStatement, ClauseState state, Drafts drafts) {
        drafter.namedBefore(state.named());
        // 2号车的人齐了没: asking whether the bus is complete reports nothing.
        if (HeadcountWords.asksComplete(c)) return false;
        if (HeadcountWords.seatsFree(c) || HeadcountWords.goesToFetch(c)) return false;
        // 2号车有个同志在服务区下车上厕所 马上回来: people off the bus for a moment count no one.
        if (BusErrands.brieflyOff(c)) return false;
        // 山东有俩人上错车了: people on the wrong bus are a change of route, no count of the bus.
        if (c.span().contains(HeadcountWords.WRONG_BUS)) return false;
        // 找到了 那个同志在4号车上, 5号车还差江西两位: someone pointed at or people short count no one.
        if (BusPointedPeople.noCount(c, reading.original())) return false;
        // 3号车已经上了两个湖南的: some of a delegation gone aboard is no count of the bus.
        if (!mealStatement && (PartlyAboard.onlySome(c) || PartlyAboard.someOfThem(c))) return false;
        // 3号车 实到30（含刚从6号车过来的2位）: who the count just made includes counts no other bus.
        if (PartlyAboard.includedIn(c, drafts.last())) return true;
        if (!mealStatement && drafter.recounted(c, state, drafts)) return true;
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (!mealStatement && c.teams().isEmpty() && recountTotal(c, vehicles, state, drafts)) return true;
        if (!vehicles.isEmpty() && VisitAtBus.dropNotCounted(c)) return false;
        // 3号车还有3个空位, 13号车去机场接财政部两位了: free seats, people to fetch: no count.
        if (!vehicles.isEmpty() && (BusErrands.seatsFree(c) || BusErrands.fetching(c, vehicles.get(0)))) return false;
        // 1号车应到33人: the figure expected on the bus, and no other, counts no one.
        if (!vehicles.isEmpty() && BusRecounts.onlyExpected(c, vehicles.get(0))) return false;
        // 有一位晕车的换到8号车上了: people moved onto the only bus named are not its count.
        if (vehicles.size() == 1
                && c.has(Cue.ASSIGNED)
                && c.endOf(Cue.ASSIGNED) == vehicles.get(0).start()) return false;
        if (!mealStatement
                && c.teams().isEmpty()
                && drafter.eachCounted(c, vehicles, arrivedJustBefore(state, drafts), drafts)) return true;
        // 1号车2号车共计66人: a total over several buses counts none of them; it is asked.
        if (!mealStatement && VehicleFigures.sharedTotal(c, vehicles)) {
            drafter.draft(c, vehicles.get(0), List.of(), drafts);
            drafts.last().missing = Gap.Field.UNCLEAR;
            return true;
        }
        if (!vehicles.isEmpty()
                && HeadcountWords.allAboard(c)
                && (!HeadcountWords.waits(c, vehicles.get(0)) || HeadcountFigure.allAboardAtEnd(c) != null)
                && !mealStatement
                && c.teams().size() <= 1) {
            drafter.draft(c, vehicles.get(0), c.teams(), drafts);
            return true;
        }
        if (!vehicles.isEmpty()) {
            // 1号车 我再数一遍啊 三十七: a bus counted again, then its figure.
            Integer again = mealStatement || !BusRecounts.countedAgain(c, vehicles.get(0))
                    ? null
                    : BusRecounts.figure(c, vehicles.get(0));
            if (again != null) return drafter.counted(c, vehicles.get(0), again, drafts);
            // 4号车门口 有两位同志在等人: people at the bus's door are not counted on it.
            if (!c.has(Cue.HEADCOUNT)
                    && c.text.startsWith(HeadcountWords.AT_DOOR, vehicles.get(0).end())) return false;
            if (VehicleFigures.onlyMissing(c)) return false;
            // 1号车2号车共计66人: a total over buses is no bus's count; the bot asks each bus's.
            if (!mealStatement && VehicleFigures.jointTotal(c))
                return drafter.counted(c, vehicles.get(0), null, drafts);
            Mention.Vehicle v = vehicles.get(0);
            Mention.Count said = mealStatement ? null : VehicleFigures.figureFor(c, v);
            // 1号车少了一个 33: the figure after the shortfall is the count.
            if (said == null && !mealStatement)
                said = ShortfallFigures.afterShortfall(c.text, c.mentions, c.mentions.indexOf(v));
            if (said != null) return drafter.counted(c, v, said.value(), drafts);
            // (9号车实到47，)11车45: a vehicle and the number right after it, and nothing else, is its count.
            boolean listed = !mealStatement
                    && (c.bare() && SaidFigures.afterVehicle(c, v) != null
                            || HeadcountFigure.afterReportTakenBack(c) != null
                            || HeadcountFigure.now(c, v) != null);
            if (!listed) {
                // 7号车柳州回程31人 哦 不对 (… 所以是28): a figure taken back still names the bus counted; the next one
                // corrects it.
                if (!c.has(Cue.HEADCOUNT) && (Figures.people(c) == null && !Figures.takenBack(c) || mealStatement))
                    return false;
                // 6号车上少了一个人: 车上 only says where; fewer before the figure is people missing, not counted.
                if ((!c.has(Cue.HEADCOUNT) || !c.hasOtherThan(Cue.HEADCOUNT, "车上")) && HeadcountWords.changeBefore(c))
                    return false;
                // (明天9点走，)共35人 3号车送: with no counting word, people said before the vehicle are not counted on it.
                if (!c.has(Cue.HEADCOUNT) && !VehicleFigures.figureAfter(c, v)) return false;
            }
            // 5号车上多了个江苏的: one more of a delegation on the bus counts no one; what they do is said after.
            boolean oneMore = c.all(Mention.Count.class).isEmpty() || OnePerson.described(c) == 1;
            if (c.has(Cue.ADD)
                    && oneMore
                    && c.all(Mention.Count.class).size() <= 1
                    && !c.teams().isEmpty()) return false;
            // 5号车还要等最后一个航班的老师: people the vehicle waits for are not on it.
            if (HeadcountWords.waits(c, v) && HeadcountFigure.allAboardAtEnd(c) == null) return false;
            // 我是6号车随车联络员…下午车上见: talk about a bus with no figure counts no one.
            if (c.has(Cue.TALK) && c.all(Mention.Count.class).isEmpty()) return false;
            // 7号车27人 还有1个广西的说自己打车过去: the delegation of people not aboard is not the count's.
            List<String> teams = new java.util.ArrayList<>(c.teams());
            teams.removeAll(PartlyAboard.remarkTeams(c));
            teams.removeAll(RecountReasons.teams(c));
            drafter.draft(c, v, teams.isEmpty() ? arrivedJustBefore(state, drafts) : teams, drafts);
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
            drafter.draft(c, own, List.of(), drafts);
            // 两个上厕所的也上车了 人齐了 四十八: the figure after everyone is there is the count.
            Integer found = FoundAllAboard.figure(c, reading.original());
            if (found != null) drafts.last().count = found;
            return true;
        }
        // 找到了 人齐了 48: everyone found and aboard, no bus named nor known: which one is asked.
        Integer found = mealStatement || state.vehicle() != null ? null : FoundAllAboard.figure(c, reading.original());
        if (found != null) {
            Draft d = drafts.add(Draft.Kind.HEADCOUNT, c, reading.original());
            d.count = found;
            d.missing = Gap.Field.VEHICLE;
            return true;
        }
        if (state.vehicle() == null || !c.has(Cue.HEADCOUNT) || mealStatement) return false;
        if (Figures.count(c, c.at(Cue.HEADCOUNT), false) == null) return false;
        // 3号车实到35人 … 打车那3个也上车了, 有3个人还没上车: no second count of the bus named before.
        if (HeadcountTalk.onlyJoinedOrMissing(c)) return false;
        drafter.draft(
                c, state.vehicle(), state.vehicleTeam() == null ? c.teams() : List.of(state.vehicleTeam()), drafts);
        return true;
    }

    /**
     * "有2个跑去5号车了 我这边是31", "点完了 31人 有2个人还没上车": a recount's total beside the people of its remark
     * ({@link RecountTotal}) is of the bus named, else the sender's; a bus people went to is not the one counted.
     */
    private boolean recountTotal(Clause c, List<Mention.Vehicle> vehicles, ClauseState state, Drafts drafts) {
        if (c.question || RecountTotal.read(c, c.start) == null) return false;
        List<Mention.Vehicle> counted = RecountTotal.notGoneTo(c, vehicles);
        if (counted.size() > 1) return false;
        Mention.Vehicle v = counted.isEmpty() ? state.vehicle() : counted.get(0);
        if (v == null && reading.vehicle() != null) v = new Mention.Vehicle(reading.vehicle(), c.start, c.start);
        if (v == null) return false;
        drafter.draft(c, v, List.of(), drafts);
        return true;
    }

    /** "2号车还在等人 目前27": the bus named before, then only its figure now ({@link BusFigureLater}). */
    boolean figureLater(Clause c, boolean mealStatement, ClauseState state, Drafts drafts) {
        List<Mention.Vehicle> here = c.all(Mention.Vehicle.class);
        Mention.Vehicle v = here.isEmpty() ? state.vehicle() : here.get(0);
        if (v == null
                || mealStatement
                || here.size() > 1
                || PartlyAboard.onlySome(c)
                || BusPointedPeople.noCount(c, reading.original())) return false;
        Integer n = BusFigureLater.figure(c, here.isEmpty() ? c.start : v.end(), reading.original());
        if (n == null) return false;
        for (Draft d : drafts.since(0)) if (d.kind == Draft.Kind.HEADCOUNT && v.id().equals(d.vehicle)) return false;
        drafter.namedBefore(state.named());
        drafter.draft(c, v, List.of(), drafts);
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
        if (state.named().size() != 1 || last == null || !last.isMovement() || last.team == null) return List.of();
        return state.named().equals(List.of(last.team)) ? List.of(last.team) : List.of();
    }
}
