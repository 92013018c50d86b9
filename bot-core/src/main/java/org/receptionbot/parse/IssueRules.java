package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.record.IssueCategory;

/** Whether a clause reports a problem or asks someone to act, and of which kind: one ISSUE per kind. */
final class IssueRules {
    private final Reading reading;
    /** The message names a meal or a route: care at a hospital there is why people are away (两个在医院). */
    private boolean reportsFigures;
    /** The message gives a meal's figure, also as a part of the day with it (晚上31). */
    private boolean mealFigures;
    /** The topic of the last clause that named one, for a thing not found said after it (5号车停哪了？没看到). */
    private IssueCategory lastTopic;
    /** The clause before asked where a vehicle is: people waiting said after it wait for that vehicle. */
    private boolean askedWhere;
    /** The message praises someone (点赞, 人很好): help said in it was given, not asked for. */
    private boolean praise;
    /** The stay's changes: a late check-out asked, a room problem beside a movement. */
    private final StayChanges stayChanges = new StayChanges();
    /** The message asks for cleaning or says nothing was cleaned: a mess said in it is HYGIENE. */
    private boolean cleaning;
    /** The message relays a report for a delegation (帮海南报一下, 代报): its liaison's dead phone is the reason. */
    private boolean relayed;
    /** The clauses of the message, for the delegation a list line names ({@link LineTeams}). */
    private List<Clause> clauses = List.of();

    IssueRules(Reading reading) {
        this.reading = reading;
    }

    /** Takes in what the whole message is about, before its clauses are placed. */
    void read(List<Clause> clauses) {
        relayed = RelayWords.relayed(reading.original());
        this.clauses = clauses;
        for (Clause c : clauses) {
            // 中午有两个去医院复查 报34: a figure reported makes the care the reason people are away.
            reportsFigures |= FiguresNamed.namesFigures(c, reading.lexicon())
                    || ReportedFigure.opens(c.text, c.start, c.mentions);
            mealFigures |= reportsFigures || FiguresNamed.partFigure(c, reading.lexicon());
            cleaning |= c.has(Cue.CLEAN);
            praise |= c.has(Cue.PRAISE);
        }
    }

    /** Whether the clause just placed gave a room problem beside the delegation's own movement ({@link StayChanges}). */
    boolean besideMovement(Clause c) {
        return stayChanges.besideMovement(c);
    }

    /** Places the clause's issue, if it reports one; whether it did (a problem of the past still counts). */
    boolean place(Clause c, boolean mealStatement, Drafts drafts) {
        stayChanges.clear();
        if (relayed && RelayFrame.reason(c)) return false;
        // 山东的大巴堵在高速上了 估计下午2点半到: the liaison's own group held up on its way reports its arrival.
        if (OwnBusHeldUp.said(c, reading)) return false;
        // 需要派车去医院接吗: a coordinator offering a service asks the liaison; nothing is asked of anyone yet.
        if (CoordinatorOffers.said(c, reading, clauses)) return false;
        // 5号楼：618已经派人去了 应该是热水阀被关了: the cause guessed of a matter someone was sent to.
        if (reading.sender() == null && SentToIt.guessedCause(c, reading.original())) return false;
        // 福建改一下 晚上31 有一个还在输液: beside a meal's figure, someone still under care is why it is what it is.
        if (mealFigures && CareTaken.stillUnder(c)) return false;
        // 实到48人，两个发烧的在酒店: people named by their illness are who the figure leaves out.
        if (mealFigures && LeftOutPatients.named(c)) return false;
        // 有4个去县医院看望受伤的队友, 两个在医院陪床, 他们俩去医院看牙了: people at care who are no new patient.
        if (CareReasons.only(c, mealFigures, clauses)) return false;
        IssueCategory carried = lastTopic;
        IssueCategory named = topic(c);
        if (named != null) lastTopic = named;
        // 在医院输液的2个回来了: people back from care are no matter to act on.
        IssueCategory category = c.has(Cue.RESOLVED) || CarePatients.back(c)
                ? null
                : IssueKind.category(
                        c, mealStatement, new IssueKind.Context(carried, reportsFigures, cleaning, reading.original()));
        // 洗的队服放洗衣房一天了还没烘干: the laundry's matter, not the room's.
        category = LaundryMatters.recast(category, c, reading.original());
        // 2号车的师傅在哪？湖北的队员在体育馆门口等车: the vehicle asked for is missing.
        // 12号车在哪 发改委领导在门口等半天了: asked and waited in one statement.
        boolean waits = IssueTalk.waiting(c);
        if (category == null && waits && (askedWhere || IssueTalk.whereVehicle(c))) category = IssueCategory.VEHICLE;
        askedWhere = IssueTalk.whereVehicle(c);
        if (category == null
                && !c.has(Cue.RESOLVED)
                && (IssueAsks.waitsForVehicle(c, reading) || IssueAsks.overdue(c, reading)))
            category = IssueCategory.VEHICLE;
        boolean checkOut = stayChanges.checkOut(c);
        if (category == null && checkOut) category = IssueCategory.ROOM;
        if (checkOut) category = StayChanges.asked(category, c);
        // 刚退房 行李能不能先放前台: luggage asked to be kept is a request of its own.
        boolean luggage = LuggageKept.said(c) && LuggageKept.asked(reading.original());
        if (category == null && luggage) category = IssueCategory.OTHER;
        // 本来十二点退房 能不能延到下午两点: the check-out planned before is the old plan the request replaces.
        if (checkOut && !IssueMatters.has(c, "退房")) drafts.dropPlanned(Draft.Kind.DEPARTURE);
        // 北海线的车走了 我们还有一个没上去: left behind by a route's bus, unless the visit is given up after it
        // (落在党校了 没赶上柳州的车: the person left behind, no lost thing).
        if ((category == null || category == IssueCategory.OTHER)
                && RouteBus.leftBehind(c, reading)
                && !MissedBusGivenUp.said(reading.original(), c.start, clauses)) category = IssueCategory.VEHICLE;
        // 隧道口堵了 5分钟到: a bus's minutes on the road, said as it comes, is nobody's to fix.
        if (category != null && DriverEta.said(c, reading.original())) category = null;
        // 1号车还没齐 等人中: a bus still gathering its riders is nobody's to fix.
        if (category == IssueCategory.VEHICLE && BusGathering.only(c, reading.original())) category = null;
        if (category == null || IssueAsides.healthSaysWho(c, category, mealStatement, drafts)) return false;
        // 没赶上车 … 算了不去了: a bus missed, then the visit given up, is the reason of a drop-out.
        if (category == IssueCategory.VEHICLE
                && c.has(Cue.PROBLEM)
                && MissedBusGivenUp.said(reading.original(), c.start, clauses)) return false;
        // 上吐下泻，怀疑吃坏了，需要医生: food that made people ill is the cause of the health problem.
        boolean asksToFix = c.has(Cue.REQUEST) || c.has(Cue.NEED);
        // 清真餐3位 passed on, 中午加两个 司机还没吃: a meal matter that is part of the report.
        if (IssueAsides.mealAside(c, category, drafts, asksToFix, reading.sender() == null, clauses)) return true;
        // 7个人刚到九院宾馆 房间麻烦安排一下: a request beside an arrival as it happens is part of the report.
        Draft.Kind move = MovementRules.kind(c);
        if (IssueMatters.onlyAsks(c) && move == Draft.Kind.ARRIVAL && MovedNow.test(c, move, reading.today()))
            return false;
        // 师傅人很好，帮我们搬了行李，点赞: thanks for help given.
        // 太好了 我们明天下午4点的车 能不能再晚点退: a later check-out asked after relief is a request all the same.
        boolean thanked = IssueMatters.onlyAsks(c) && !(checkOut && StayChanges.askedOutright(c));
        if (praise && thanked) return true;
        if (IssueAsks.praises(reading.original()) && thanked) return false;
        // 辽宁明天下午走，退房能不能延到下午2点: a change of the stay is a request of its own after a report.
        // 明天六点就走 早餐能不能打包: a meal asked packed or kept after a movement is a request of its own too
        // (午饭7个人 麻烦餐厅留一下位置 only asks for the meal reported).
        boolean mealKept = drafts.last() != null && drafts.last().isMovement() && MealKept.asked(c, reading.original());
        // 午饭41个人 … 能不能送三份到房间: a meal asked to be brought to the rooms is a request of its own.
        boolean brought = category == IssueCategory.MEAL && RoomMeals.brought(c.span());
        boolean stayChange =
                checkOut || luggage || IssueMatters.changesStay(c) || c.has(Cue.ROOM_CHANGE) || mealKept || brought;
        if (IssueAsides.over(c, category, reading.today())
                || drafts.size() > 0 && IssueMatters.onlyAsks(c) && !stayChange) return true;
        // 滑倒了，楼梯口全是水 / 8号车过不来，积水太深了: water or dirt said beside a fall or a bus held up is its
        // cause, unless cleaning is asked for.
        boolean cause = drafts.hasIssue(IssueCategory.HEALTH) || drafts.hasIssue(IssueCategory.VEHICLE);
        if (category == IssueCategory.HYGIENE && !cleaning && !asksToFix && cause) return true;
        if (category == IssueCategory.HEALTH && !cleaning && HealthMatters.fall(c))
            drafts.dropIssue(IssueCategory.HYGIENE);
        // 空调不制热…两个队员冻感冒了: a cold caught from the room's heating or hot water is the room's problem.
        if (category == IssueCategory.HEALTH
                && drafts.hasIssue(IssueCategory.ROOM)
                && HealthMatters.caughtCold(c)
                && !c.has(Cue.CARE)
                && !c.has(Cue.NEED)) return true;
        // A broken fitting that smells is one ROOM problem, not a HYGIENE one besides.
        if (category == IssueCategory.HYGIENE && drafts.hasIssue(IssueCategory.ROOM)) return true;
        // 被子有股霉味 能不能换一床: the bedding asked for again is the hygiene matter said before.
        if (category == IssueCategory.ROOM && drafts.hasIssue(IssueCategory.HYGIENE) && IssueMatters.beddingAgain(c))
            return true;
        if (category == IssueCategory.ROOM) drafts.dropIssue(IssueCategory.HYGIENE);
        stayChanges.placed(category);
        // 我们坐湖南的3号车 车坏了 (青海): the bus ridden along on names whose bus, not whose problem.
        List<String> t = RidingAlong.subjects(c, reading);
        // 7. 西藏 28个 2个发烧在房间: a remark on a list line is of the delegation that line names.
        String lineTeam = t.isEmpty() ? LineTeams.of(c, clauses) : null;
        Draft d = drafts.issueOfLine(category, reading.original(), lineTeam);
        if (d.point == null) d.point = c.words(reading.original());
        if (d.team == null && !t.isEmpty()) d.team = t.get(0);
        if (d.team == null) d.team = lineTeam;
        // 跟重庆同车的 8号车找不到了: every delegation the message names is the one ridden along with; the sender's.
        if (d.team == null && !c.teams().isEmpty() || d.team == null && RidingAlong.allRidden(clauses, reading))
            d.team = reading.sender();
        return true;
    }

    /**
     * "昨天摔了一跤，现在已经好了": the last word on the problems of a message says they are settled (thanks to
     * the doctor after it reopen nothing); asking whether they are (修好了吗？还在漏水) settles nothing.
     */
    static boolean settled(List<Clause> clauses) {
        // The last clause that says either decides: read from the end, the clauses before it are never weighed.
        for (int i = clauses.size() - 1; i >= 0; i--) {
            Clause c = clauses.get(i);
            // 马桶修好了吗？还在漏水: asked whether it is fixed, it is not said settled.
            // 晕车的队员好了 谢谢王医生: the care thanked for was given.
            if (c.has(Cue.SETTLED) && !c.question || CareThanked.said(c)) return true;
            if (category(c, false) != null && !c.has(Cue.TALK)) return false;
        }
        return false;
    }

    /** The category of the problem the clause reports, or null (see {@link IssueKind}). */
    static IssueCategory category(Clause c, boolean mealStatement) {
        return IssueKind.category(c, mealStatement, IssueKind.Context.NONE);
    }

    /** The thing a clause speaks of, for a problem said after it: a room, a vehicle, a meal; or null. */
    private static IssueCategory topic(Clause c) {
        if (c.has(Cue.ROOM_ITSELF)) return IssueCategory.ROOM;
        if (IssueTalk.inVehicle(c)) return IssueCategory.VEHICLE;
        if (c.has(Cue.TOPIC_ROOM)) return IssueCategory.ROOM;
        return null;
    }
}
