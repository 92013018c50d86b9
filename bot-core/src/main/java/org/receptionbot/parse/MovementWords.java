package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * Whether a clause's movement verb moves a delegation: 到 at a meal is coming to eat, a vehicle coming
 * to pick people up moves nobody, 被分到 is an assignment, "…就走" is an instruction.
 */
final class MovementWords {

    private MovementWords() {}

    /** The movement a clause names by its verb, or null; "3号车已到32人" counts people on a vehicle. */
    static Draft.Kind kind(Clause c) {
        // 现在往酒店走: going to the event's own place is no departure.
        boolean depart = c.has(Cue.DEPART)
                && !EventPlaces.toward(c)
                && !SiteOuting.test(c)
                && !MovementLookalikes.lateCheckOut(c)
                && !MovementLookalikes.briefly(c)
                && !MovementLookalikes.timeJudged(c)
                && !MovementLookalikes.fetching(c)
                && !MovementLookalikes.beforeLeaving(c)
                && !manner(c)
                && !excludedLeavers(c)
                && !MealAfterMovement.goneSoNotEating(c)
                && !GoneSaid.setOffByNoOne(c);
        if (!depart && !c.has(Cue.ARRIVE)) return null;
        if (VehicleVerbs.pickUp(c) || conditional(c)) return null;
        if (!depart
                && (MovementLookalikes.reportBy(c)
                        || MovementLookalikes.toStation(c)
                        || ArrivalLookalikes.toVenue(c)
                        || ArrivalLookalikes.mealTimeMoved(c)
                        || ComingToEatAt.test(c)
                        || OnTimeToEat.test(c)
                        || ArrivalLookalikes.pastOrDenied(c)
                        || ArrivalAsides.lateManner(c)
                        || ArrivalAsides.thanksAllHere(c)
                        || ArrivalLookalikes.otherTeams(c)
                        || MovementLookalikes.atCare(c)
                        || ArrivalLookalikes.staffComes(c)
                        || ArrivalLookalikes.dueBack(c)
                        || ThingsBrought.test(c)
                        || MovementLookalikes.vehicleComes(c)
                        || AwaitedCar.test(c))) return null;
        // 4车清点完毕 47人 可以走了: people counted on a vehicle before it leaves is a head count.
        // 6号车 广西下午走的 实到22: the figure right after 实到 is people counted, with no unit.
        boolean counted = c.has(Cue.HEADCOUNT)
                && !c.all(Mention.Vehicle.class).isEmpty()
                && (Figures.people(c) != null || figureAfterCount(c));
        // 6号车到山庄了 41人: a vehicle of the event arriving with the people on it is a head count.
        if (!depart && VehicleVerbs.arrives(c)) return null;
        // 北海那边预计4点半到 看完7点往回走: a route's times, with no delegation or people, move no one.
        if (MovementSubjects.routeOnly(c)) return null;
        if (depart && TravellingInBatches.coming(c)) return Draft.Kind.ARRIVAL;
        if (depart)
            return counted
                            || VehicleVerbs.leaves(c)
                            || MovementSubjects.sent(c)
                            || MovementTalk.described(c, Cue.DEPART)
                    ? null
                    : Draft.Kind.DEPARTURE;
        if (notice(c) || MovementTalk.described(c, Cue.ARRIVE) || WhenArrived.test(c)) return null;
        if (MovementSubjects.atRouteSite(c)) return null;
        // 两个队员被分到男生那层: 到 inside a word of assignment is no arrival.
        if (c.has(Cue.ASSIGNED) && c.at(Cue.ARRIVE) < c.endOf(Cue.ASSIGNED)) return null;
        // 明天早餐河北36人全到: at a meal with no clock or train, 到 is coming to eat.
        boolean atMeal = !c.all(Mention.Meals.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty();
        if (atMeal || ComingToEat.test(c)) return null;
        // 已经平安落地海口, 已经到郑州了 报个平安: safe home again after the event, no arrival at it.
        if (EventPlaces.safeHome(c)) return null;
        return c.has(Cue.HEADCOUNT) && !c.all(Mention.Vehicle.class).isEmpty() ? null : Draft.Kind.ARRIVAL;
    }

    /** A figure straight after the head count's word (实到22, 实到 22). */
    private static boolean figureAfterCount(Clause c) {
        int i = c.endOf(Cue.HEADCOUNT);
        while (i < c.end && c.text.charAt(i) == ' ') i++;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.start() == i) return true;
        return false;
    }

    /** "吃完晚饭走", "吃了中饭再出发": a meal eaten first, then leaving; the 吃完 is no past. */
    static boolean leavesAfterEating(Clause c) {
        int past = c.at(Cue.PAST);
        if (past < 0 || !c.has(Cue.DEPART) || c.at(Cue.DEPART) < c.endOf(Cue.PAST)) return false;
        if (!c.text.startsWith("吃完", past) && !c.text.startsWith("吃了", past)) return false;
        for (Mention.Meals m : c.all(Mention.Meals.class)) if (m.start() == c.endOf(Cue.PAST)) return true;
        // 吃完饭有十个人先走, 吃完直接走 1点的G3377: after eating, people leave; the leaving is not said as done.
        return c.text.startsWith("吃完", past)
                && (c.text.charAt(c.endOf(Cue.PAST)) != '了' || clockAfter(c, c.endOf(Cue.PAST) + 1))
                && !GoneSaid.gone(c)
                && MealThenLeaving.ownDetails(c, past);
    }

    /** "吃完了2点退房走", "吃完了 两点出发": a clock time right after the eating is when they leave, no past. */
    private static boolean clockAfter(Clause c, int from) {
        while (from < c.end && c.text.charAt(from) == ' ') from++;
        for (Mention.Clock m : c.all(Mention.Clock.class)) if (m.start() == from) return true;
        return false;
    }

    /**
     * "已报到的代表凭餐券用餐", "晚上到的同志由13号车去接", "今天报到基本结束": arriving that describes the
     * people a notice is for, or arrivals said to be over, with no figure, is no one's arrival.
     */
    private static boolean notice(Clause c) {
        if (Figures.people(c) != null) return false;
        int from = c.endOf(Cue.ARRIVE);
        return DESCRIBED.matcher(c.text).region(from, c.end).lookingAt()
                || OVER.matcher(c.text).region(from, c.end).lookingAt();
    }

    private static final Pattern DESCRIBED = Pattern.compile("的(?:代表|同志|人员|队员|运动员|老师|领导|同事|嘉宾|客人|各位)");
    private static final Pattern OVER = Pattern.compile("(?:工作)?(?:已经|已|基本|全部|都)?(?:结束|完毕)");

    /**
     * "我们跟青海一个车走的": 走的 closing a clause (or before a pause) with no day or time says how people
     * went, or who they are, not that they leave.
     */
    private static boolean manner(Clause c) {
        int end = c.endOf(Cue.DEPART);
        if (end < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        // 河北那位去机场的 车呢: 的 before a pause names the person by the trip, a clause of its own.
        boolean pause = end + 1 < c.end && " ,，".indexOf(c.text.charAt(end + 1)) >= 0;
        if (!pause && !c.text.substring(end + 1, c.end).isBlank()) return false;
        return c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty();
    }

    /**
     * "重庆晚饭38 走的6个不算", "先走的那4个除外": the people who leave, named by it and kept out of a figure, are
     * who the figure leaves out; their leaving was reported before.
     */
    static boolean excludedLeavers(Clause c) {
        int i = c.endOf(Cue.DEPART);
        if (i < 0 || i >= c.end || c.text.charAt(i) != '的') return false;
        i++;
        while (i < c.end && "那这些".indexOf(c.text.charAt(i)) >= 0) i++;
        while (i < c.end && FIGURE.indexOf(c.text.charAt(i)) >= 0) i++;
        while (i < c.end && "个位名人".indexOf(c.text.charAt(i)) >= 0) i++;
        for (String w : EXCLUDED) if (c.text.startsWith(w, i) && i + w.length() <= c.end) return true;
        return false;
    }

    private static final String FIGURE = "0123456789一二两三四五六七八九十几";
    private static final String[] EXCLUDED = {"不算", "没算", "除外", "不计", "不含", "不包括", "不在内", "别算", "不用算"};

    /**
     * "贵州的下来就走", "湖南的上车就走": the bus leaves once something happens, with no day, part of the day or time: an
     * instruction, neither a movement nor a head count.
     */
    static boolean conditional(Clause c) {
        int at = c.at(Cue.DEPART);
        if (at < 1 || c.text.charAt(at - 1) != '就' || !c.text.startsWith("走", at)) return false;
        // 开完会就走, 会后就走: leaving when the meeting ends is the plan of the day, no instruction.
        if (MeetingEnd.before(c, at - 1)) return false;
        // 一早就走, 下午就走: with a part of the day it is the plan of that day, not an instruction.
        return c.all(Mention.Day.class).isEmpty()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Part.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty();
    }

    /**
     * "甘肃刚才说的先走的是12个人": what was said a moment ago, with the movement after 说, is said again to
     * be completed now (the caller checks that a day or time follows): a report of now, not the past.
     */
    static boolean restated(Clause c) {
        int past = c.at(Cue.PAST);
        if (past < 0 || c.text.charAt(past) != '刚') return false;
        int say = c.text.indexOf("说的", past);
        if (say < 0 || say > past + 4) return false;
        int move = Math.max(c.at(Cue.DEPART), c.at(Cue.ARRIVE));
        return move > say && move < c.end;
    }
}
