package org.receptionbot.parse;

import java.util.List;

/**
 * Head counts said with a vehicle moving: buses counted as they leave (北海回程 3号车44 4号车40), a bus
 * arriving with its people (5号车到了15个人), a bus moving with no one delegation aboard.
 */
final class MovingHeadcounts {
    private final Reading reading;
    private final HeadcountDrafter drafter;

    MovingHeadcounts(Reading reading, HeadcountDrafter drafter) {
        this.reading = reading;
        this.drafter = drafter;
    }

    /**
     * "北海回程 3号车44 4号车40 全部出发": vehicles each with its figure right after it, said with their
     * moving and naming no delegation, are a head count each; the moving is the buses'. So is one vehicle
     * counted, then where it carries its people ("5号车实到30 送西藏去机场"). Placed when they are.
     */
    boolean countedMoving(Clause c, Drafts drafts) {
        if (c.teams().isEmpty() && drafter.eachCounted(c, c.all(Mention.Vehicle.class), List.of(), drafts)) return true;
        // (10号车实到28人，)送北京代表团去机场: the trip of the bus just counted names whom it carries.
        if (HeadcountTrips.carries(c, drafts.last())) {
            if (!c.teams().isEmpty()) drafts.last().team = c.teams().get(0);
            return true;
        }
        Mention.Count n = HeadcountTrips.countedThenCarried(c);
        if (n == null) return false;
        // 5号车实到30 送西藏去机场: the delegation the counted bus carries is the count's.
        return drafter.counted(c, c.all(Mention.Vehicle.class).get(0), n.value(), drafts);
    }

    /**
     * "5号车到了15个人", "新疆9号车到了40个": a vehicle arriving with people said after it, and no delegation but
     * the one whose bus it is, no clock time or train named, is the head count on it; placed when it is one.
     */
    boolean arrived(Clause c, Drafts drafts) {
        List<Mention.Vehicle> vehicles = c.all(Mention.Vehicle.class);
        if (vehicles.size() != 1 || c.question) return false;
        // 新疆9号车到了40个: one delegation named right before the vehicle is whose bus it is.
        List<Mention.Team> teams = c.all(Mention.Team.class);
        if (!teams.isEmpty() && !ownerBefore(c, teams, vehicles.get(0))) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        if (Figures.people(c) == null || !VehicleFigures.figureAfter(c, vehicles.get(0))) return false;
        // 百色到了 1号车少了一个 (实到39): the people the bus is short of are not counted on it.
        if (VehicleFigures.shortOf(c, vehicles.get(0))) return false;
        drafter.draft(c, vehicles.get(0), c.teams(), drafts);
        return true;
    }

    /** One delegation, said right before the vehicle (的 between allowed): "新疆9号车", "新疆的9号车". */
    private static boolean ownerBefore(Clause c, List<Mention.Team> teams, Mention.Vehicle v) {
        if (teams.size() != 1 || c.teams().size() != 1) return false;
        Mention.Team t = teams.get(0);
        return t.end() <= v.start()
                && c.text.substring(t.end(), v.start()).replace("的", "").isBlank();
    }

    /**
     * "3号车8:50出发去机场了": a bus that carries no one delegation, moving, said by no delegation's
     * liaison and naming none, moves no delegation (who is aboard is its head count's matter).
     */
    boolean busMovesNoOne(Clause c) {
        return HeadcountTrips.busMovesNoOne(c, reading);
    }
}
