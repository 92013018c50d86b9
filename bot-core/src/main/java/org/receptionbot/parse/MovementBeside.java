package org.receptionbot.parse;

import java.util.List;

/**
 * A movement said in the same statement as something else that another rule family reads first: a
 * problem or a request, a site-visit change.
 */
final class MovementBeside {
    private final Reading reading;
    private final MovementRules rules;

    MovementBeside(Reading reading, MovementRules rules) {
        this.reading = reading;
        this.rules = rules;
    }

    /**
     * A movement said in the same statement as a problem or a request, besides it: people who have just
     * arrived, then the problem they found ("河北厅6人已到荔园山庄 5号楼 房卡还没拿到"), or after the
     * request, a movement with its own day or time ("房间能不能续住一天 我们改到28号走了").
     */
    void issue(Clause c, ClauseState state, Drafts drafts) {
        Draft.Kind kind = MovementRules.kind(c);
        if (kind == null) return;
        if (after(c, kind)) {
            rules.movement(c, kind, state, drafts);
            return;
        }
        if (kind != Draft.Kind.ARRIVAL) return;
        int verb = c.at(Cue.ARRIVE);
        // 上海6人已经到机场出口了 哪辆车啊: the arrival's own stretch, when the words after it (车, 吃的) are the problem's.
        Clause arrived = ArrivedWithProblem.arrival(c, rules);
        boolean done = verb > c.start && "已刚".indexOf(c.text.charAt(verb - 1)) >= 0
                || c.text.startsWith("了", c.endOf(Cue.ARRIVE));
        // 到了 48人 有一个运动员晕车: 晕车, 吗 of the problem after the arrival's own stretch do not take it back
        Clause stretch = ArrivedWithProblem.stretch(c);
        boolean now = done && (rules.movedNow(c, Draft.Kind.ARRIVAL) || rules.movedNow(stretch, Draft.Kind.ARRIVAL));
        if (arrived == null && now) arrived = c;
        if (arrived == null) return;
        for (Cue problem : BEFORE_ARRIVAL.cues()) {
            // 大连3人航班晚点 CA1631 刚落地: the flight late, said before it landed, is over.
            if (c.has(problem) && c.at(problem) < verb && !ArrivedWithProblem.lateBefore(c, problem)) return;
        }
        rules.place(
                arrived,
                Draft.Kind.ARRIVAL,
                arrived == c ? ArrivedWithProblem.figure(c, stretch) : Figures.people(arrived),
                Figures.transport(arrived),
                state.withDate(reading.today()),
                drafts);
    }

    /**
     * "宁波不去考察了 下午直接回宁波", "下午柳州去不了了 他坐今晚的G530走": a departure said after the visit
     * statement, apart from it (after a space), is a departure besides the visit.
     */
    void visit(Clause c, ClauseState state, Drafts drafts) {
        if (MovementRules.kind(c) != Draft.Kind.DEPARTURE) return;
        int verb = c.at(Cue.DEPART);
        int visit = Math.max(c.text.lastIndexOf("考察", verb), -1);
        for (Mention.Route r : c.all(Mention.Route.class)) visit = Math.max(visit, r.end());
        if (visit < c.start) return;
        int space = c.text.indexOf(' ', visit);
        if (space < 0 || space > verb) return;
        if (onlyWhy(c.tail(space), verb)) return;
        rules.movement(c, Draft.Kind.DEPARTURE, state, drafts);
    }

    /**
     * "(北海线少一个) 有个同志临时被叫回去开会了 没去成": called back somewhere near at hand, with no day, hour, part of
     * the day or train of their own, is why the people drop out; they leave no event. Going back to one's office for
     * work ({@link OfficeErrand}) is only why even at an hour of its own.
     */
    private static boolean onlyWhy(Clause after, int verb) {
        if (after.text.charAt(verb) != '回' || VisitDropOutLeavers.goesHome(after)) return false;
        // 有一个处长下午要回厅里开视频会: back to the office for work, at whatever hour, is only why too
        boolean errand =
                OfficeErrand.at(after, verb) && after.all(Mention.Day.class).isEmpty();
        if (errand && after.all(Mention.Transport.class).isEmpty()) return true;
        return after.all(Mention.Clock.class).isEmpty()
                && after.all(Mention.Transport.class).isEmpty()
                && after.all(Mention.Part.class).isEmpty()
                && after.all(Mention.Day.class).isEmpty();
    }

    /**
     * "(柳州线的6个) 有1个下午3点要回武汉 没去成", "有2个坐下午3点的高铁回武汉 去不成了", "有2个下午要回杭州 去不了了
     * 实际5个": the people who drop out, leaving the event at their own time (an hour, or only a part of the day, the
     * time then unknown) or by their own train before the drop-out word, leave besides: a
     * departure of theirs. Going back somewhere near at hand (要回单位 不去了) is only the reason.
     *
     * @param visit the visit draft the clause placed, or null
     */
    void beforeDropOut(Clause c, Draft visit, ClauseState state, Drafts drafts) {
        if (visit == null || visit.count == null) return;
        // 柳州线7个人 有2个下午要回杭州 去不了了 实际5个: the route's figure now, with the leavers said before it.
        boolean left = visit.kind == Draft.Kind.VISIT_CHANGE && visit.to == null;
        if (!left && !(visit.kind == Draft.Kind.VISIT && visit.route != null)) return;
        if (drafts.last() != visit) return;
        Clause leaving = leaversBeforeDropOut(c);
        if (leaving == null) return;
        // 下午3点要回武汉 没去成, said at 15:05 on the route's day: the hour is that day's, even just gone.
        boolean routeToday = visit.from != null
                && reading.lexicon()
                        .event
                        .route(visit.from)
                        .filter(r -> r.date().equals(reading.today()))
                        .isPresent();
        boolean dated = !leaving.current(Mention.Day.class).isEmpty() || state.date() != null;
        ClauseState at = routeToday && !dated ? state.withDate(reading.today()) : state;
        rules.movement(leaving, Draft.Kind.DEPARTURE, at, drafts);
        Draft d = drafts.last();
        if (left && d != visit && d.kind == Draft.Kind.DEPARTURE && d.count == null) d.count = visit.count;
    }

    /**
     * The stretch of {@code c} that says who drop out and leave the event besides, before the drop-out word ("有2个下午要回杭州
     * 去不了了": an hour, a part of the day or a train of their own, and going away, not back somewhere near at hand), or
     * null. The one place that decides it: {@link RouteFigureAtEnd} keeps their departure by it too.
     */
    static Clause leaversBeforeDropOut(Clause c) {
        if (MovementRules.kind(c) != Draft.Kind.DEPARTURE) return null;
        VisitWords.Word drop = VisitDropWords.drop(c);
        int verb = c.at(Cue.DEPART);
        if (drop == null || verb < c.start || verb > drop.at()) return null;
        // 柳州线6个人里有2个…: the leavers' words start after the route the group is on.
        int from = c.start;
        for (Mention.Route r : c.all(Mention.Route.class)) from = Math.max(from, r.end());
        if (from > verb) return null;
        Clause leaving = c.head(drop.at()).tail(from);
        // 有2个下午要回杭州: a part of the day is their own time too, with no hour said.
        boolean own = !leaving.all(Mention.Clock.class).isEmpty()
                || !leaving.all(Mention.Transport.class).isEmpty()
                || !leaving.all(Mention.Part.class).isEmpty();
        boolean away = c.text.charAt(verb) != '回' || VisitDropOutLeavers.goesHome(leaving);
        return own && away ? leaving : null;
    }

    /** Problems and requests a movement may be said after or beside; someone not reached is not read here. */
    private static final CueGroups.Group PROBLEMS = CueGroups.WRONG_OR_ASKED.without(Cue.UNREACHABLE);

    /**
     * Problems and requests that, said before an arrival, keep it from being placed beside them; a loss or
     * something not found said first (行李丢了, 没看到车) is not read here.
     */
    private static final CueGroups.Group BEFORE_ARRIVAL = PROBLEMS.without(Cue.OTHER_PROBLEM, Cue.MISSING);

    /**
     * The movement verb comes after every problem word, with a day or a clock time of its own between them
     * (改到28号走了; 延迟退房到下午2点 is the request's time).
     */
    private static boolean after(Clause c, Draft.Kind kind) {
        int verb = c.at(kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART);
        int last = PROBLEMS.lastAt(c);
        if (last < 0 || verb < last) return false;
        for (Mention.Day d : c.current(Mention.Day.class)) if (d.start() > last && d.end() <= verb) return true;
        for (Mention.Clock t : c.current(Mention.Clock.class)) if (t.start() > last && t.end() <= verb) return true;
        return false;
    }

    /** "西藏到了 高原来的几个有点头疼": a vague figure after the movement verb, then a problem: the people of the problem. */
    static boolean vagueOfProblem(Clause c) {
        int verb = Math.max(c.at(Cue.ARRIVE), c.at(Cue.DEPART));
        List<Mention.Vague> vague = c.all(Mention.Vague.class);
        if (verb < 0 || vague.isEmpty() || vague.get(0).start() < verb) return false;
        return PROBLEMS.lastAt(c) > vague.get(0).start();
    }
}
