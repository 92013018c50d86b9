package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/** Which kind of problem a clause reports, if any. */
final class IssueKind {

    /**
     * What the message says around the clause: the topic said before ({@code carried}) for a thing not
     * found; whether it reports figures of meals or visits ({@code reasons}: care at a hospital there is
     * why people are away, unless someone needs it); whether it asks for cleaning ({@code cleaning}); the whole
     * message, for the neighbours a noise comes from.
     */
    record Context(IssueCategory carried, boolean reasons, boolean cleaning, String message) {
        static final Context NONE = new Context(null, false, false, "");
    }

    private IssueKind() {}

    /**
     * The category of the problem the clause reports, or null. Words that are a problem by themselves
     * (发烧, 气味, 只剩面条) decide; otherwise a problem word (坏了, 找不到, 能不能) needs a topic
     * (a vehicle, a room, a meal). A meal figure with 需要 is a meal statement, not a request. A question
     * is an issue only when it asks someone to act (能不能, 麻烦). Paperwork (发票) and lost belongings
     * (身份证丢了) are OTHER wherever they happen. The room itself or one of its fittings (房间没热水)
     * decides over a vehicle named beside it, which only names the group (3号车房间…).
     */
    static IssueCategory category(Clause c, boolean mealStatement, Context m) {
        // 走丢了…谁看到说一声: someone lost or unreachable is a problem even when asked about.
        // 刚才手机关机了: someone unreachable a while ago, and no more, is no problem now.
        boolean unreachable = c.has(Cue.UNREACHABLE) && !(c.span().contains("刚才") && !c.has(Cue.ONGOING));
        boolean lostPerson = c.has(Cue.LOST_WAY) || unreachable;
        // 没吃上的同志可以去便利店, 发烧的队员请到医务室: people named by what happened to them, told what to do.
        if (IssuePeople.addressed(c, Cue.MEAL_PROBLEM) || IssuePeople.addressed(c, Cue.HEALTH)) return null;
        // 有位代表的保温杯落在我们会议室了…请帮忙问问是谁的: a thing found and kept, its owner asked for.
        if (FoundThings.kept(c, m.message())) return null;
        // 麻烦会务组把北海线的名单和车牌号发我一下: a list asked for is paperwork, whatever vehicle it names.
        if (ListAsked.said(c)) return IssueCategory.OTHER;
        if (ListAsked.privately(c)) return null;
        boolean mealProblem = c.has(Cue.MEAL_PROBLEM)
                && !IssueMatters.dietAsBefore(c)
                // 晚饭肯定吃不上了, 早饭没吃上 没事: a meal missed by the people's own timing is no meal problem.
                && !MissedMeal.only(c, m.message());
        // 发烧那个队员好了, 差点摔了: recovered, or nearly hurt, asks no one to act.
        boolean health = c.has(Cue.HEALTH)
                        && !HealthMatters.knownPatient(c, m.reasons())
                        // 百色5个人改成4个 有一个老师身体不太舒服: a mild discomfort after the figure is its reason.
                        && !MildDiscomfort.remark(c, m.reasons(), m.message())
                        && !HealthMatters.nearMiss(c)
                        && !HealthMatters.recovered(c)
                || c.has(Cue.CARE)
                        && (!m.reasons() && !CareTaken.routine(c) || c.has(Cue.NEED) || c.has(Cue.REQUEST))
                        // 医生20分钟到, 已送县人民医院: care on its way answers a problem.
                        && !CareOnItsWay.said(c)
                        // 41个 有个队医也吃: a doctor counted among those who eat needs no care.
                        && !CountedStaff.counted(c)
                        && !HealthMatters.recovered(c);
        // 晚宴有没有清真的, 有没有人看到一个包 落在车上了: a diet or a lost thing asked about.
        boolean asks = c.has(Cue.REQUEST)
                || (!mealStatement || c.question) && MealKept.asked(c, m.message())
                || c.has(Cue.MISSING)
                || c.has(Cue.PROVIDE)
                // 代表证名字印错了 能重新打一张吗: a thing asked to be made again.
                || c.question && IssueMatters.has(c, REISSUE)
                || IssueThings.lostThing(c)
                // 有两个教练想搬到九院宾馆 能安排吗: a move to another lodging asked about.
                || LodgingMove.said(c)
                || IssueTalk.overdueWhileWaiting(c)
                || mealProblem && IssueMatters.dietAsked(c);
        // 有个小伙子发烧了 有没有值班医生: someone ill is a problem even when asked about.
        // 门怎么刷都刷不开: a thing broken is a problem even when said with 怎么.
        // 前台说少了两条毛巾 要赔钱 这个怎么处理啊: a charge at the check-out is a problem even when asked about.
        boolean ill = c.has(Cue.ILL) && !c.has(Cue.SETTLED)
                || c.has(Cue.BROKEN)
                || StayCharges.said(c)
                || VehicleBreakdown.said(c);
        // 天津的午饭在哪领啊 找了一圈没找到: where to fetch a meal, asked, is a question for information.
        if (IssueThings.whereToFetch(c) && !health && !ill) return null;
        // 早饭要提前 6点40能吃上吗: a meal's time asked to move is the caterer's to act on.
        if (MealTimeAsked.test(c) && !c.has(Cue.DEFER)) return IssueCategory.MEAL;
        // 今晚要住一晚 房间能续吗: a longer stay asked for is the room's.
        if (StayExtended.asked(c)) return IssueCategory.ROOM;
        // 清江说没有房了??: a statement doubled with question marks is dismay, no question.
        boolean asked = c.question && !IssueTalk.dismay(c);
        if (asked && !asks && !lostPerson && !ill || c.has(Cue.UNDECIDED)) return null;
        // 早餐晚点再报: a report put off asks nobody to act.
        if (c.has(Cue.DEFER)) return null;
        // 火车晚点了 估计凌晨2点到: a train or flight late is the arrival to record, nobody's to fix.
        if (IssueTalk.publicDelay(c) && !health && !c.has(Cue.REQUEST)) return null;
        // 今天下午5点到酒店 路上有点堵: traffic on the road is nobody's to fix.
        if (IssueMatters.traffic(c) && !health && !c.has(Cue.REQUEST)) return null;
        // 发烧的三个在房间吃 能不能送三份到房间: a meal asked to be brought is the kitchen's to act on; the illness is why.
        if ((c.has(Cue.REQUEST) || c.question) && RoomMeals.brought(c.span())) return IssueCategory.MEAL;
        // 5号车空调坏了 车里很热 有代表不舒服: the vehicle's broken fitting is what needs fixing; the discomfort is why.
        if (health && c.has(Cue.BROKEN) && IssueTalk.fittingOfVehicle(c) && !c.has(Cue.CARE) && !c.has(Cue.NEED))
            return IssueCategory.VEHICLE;
        // 热水一直不热…冻感冒两个了 能不能找人修一下: the fitting to repair decides; the cold is why.
        if (health
                && c.has(Cue.ROOM_ITSELF)
                && (c.has(Cue.BROKEN) || c.has(Cue.PROBLEM))
                && IssueMatters.has(c, "修")
                && !c.has(Cue.CARE)
                && !c.has(Cue.NEED)) return IssueCategory.ROOM;
        // 装修的味道太大了 熏得头疼: the smell is what needs seeing to; the headache is why.
        if (health && SmellDiscomfort.test(c)) return IssueCategory.HYGIENE;
        if (health || mealProblem && IssueThings.reaction(c)) {
            return IssueThings.mess(c, m.cleaning()) ? IssueCategory.HYGIENE : IssueCategory.HEALTH;
        }
        if (c.has(Cue.LOST_WAY)) {
            // 4号车少的那位在服务区走散了: a person lost from a vehicle is a person to find, not a vehicle fault.
            boolean vehicle = !any(c, PERSON_LOST)
                    && (c.has(Cue.TOPIC_VEHICLE)
                            || !c.all(Mention.Vehicle.class).isEmpty());
            return vehicle ? IssueCategory.VEHICLE : IssueCategory.OTHER;
        }
        // 3号车空调坏了: the place decides; a room or its fitting named beside the vehicle is the room's.
        if (c.has(Cue.BROKEN) && c.has(Cue.TOPIC_ROOM)) {
            boolean vehicle = IssueTalk.inVehicle(c) && !c.has(Cue.ROOM_ITSELF) || IssueTalk.fittingOfVehicle(c);
            if (vehicle) return IssueCategory.VEHICLE;
            return atVenue(c) ? IssueCategory.OTHER : IssueCategory.ROOM;
        }
        if (IssueThings.roomsAsked(c)) return IssueCategory.ROOM;
        // 房间有股烟味 能不能换一间: a room change asked for is the room's, whatever smell is its reason.
        if ((c.has(Cue.ROOM_CHANGE) || LodgingMove.said(c))
                && !c.has(Cue.RESOLVED)
                && (asking(c) || c.question || any(c, WANTS))) return IssueCategory.ROOM;
        if (c.has(Cue.HYGIENE)) return IssueCategory.HYGIENE;
        // 麻烦保洁来一下, 请派人打扫: cleaning asked for is a hygiene matter.
        if (asking(c) && any(c, CLEANING)) return IssueCategory.HYGIENE;
        // 早餐取消了 吃不上: the reason for a cancelled meal is no meal problem.
        if (mealProblem && (IssueAsks.wellServed(c, m.message()) || IssueAsks.relished(c, m.message()))) return null;
        if (mealProblem && !(mealStatement && c.has(Cue.CANCEL))) return IssueCategory.MEAL;
        // 早饭打包带走行吗？, 晚饭能不能给我们留一下: a meal asked to be packed, kept or brought.
        // A question with no figure reports no meal's count: 早饭打包带走行吗？ asks.
        if ((!mealStatement || c.question) && MealKept.asked(c, m.message())) return IssueCategory.MEAL;
        // 送机的车只能坐12个, 房卡还有两张没还, 身份证找不到了 房间翻了一遍: problems said without a problem word.
        IssueCategory unkeyed = UnkeyedProblems.of(c);
        if (unkeyed != null) return unkeyed;
        // 有1个要晚点 他自己打车去党校: someone making their own way there asks no one to act.
        if (IssueTalk.ownWay(c) && !c.has(Cue.REQUEST) && !c.has(Cue.BROKEN) && !lostPerson) return null;
        return IssueByTopic.category(c, mealStatement, m, unreachable);
    }

    /** 体育馆的空调坏了, 训练馆没人开门: a fitting or door of a venue, not of the room (房间门 stays the room's). */
    static boolean atVenue(Clause c) {
        return !c.has(Cue.ROOM_ITSELF) && any(c, IssueWords.VENUES);
    }

    /** Whether the clause asks someone to act (请, 麻烦, 需要). */
    static boolean asking(Clause c) {
        return c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.text.startsWith("请", c.start);
    }

    private static final String[] REISSUE = {"重新打", "重新做", "重新办", "重新印", "重新制作", "重新发", "补打", "补办", "补做", "再打一张", "再做一个"
    };
    private static final String[] CLEANING = {"保洁", "打扫", "清扫", "扫一下", "收拾一下", "清理一下", "拖一下地"};
    private static final String[] WANTS = {"想", "要", "希望", "给换", "帮忙换", "帮我们换"};
    private static final String[] PERSON_LOST = {"走散", "走丢", "走失", "掉队", "失散", "跟丢"};

    /** Whether the clause holds one of the words. */
    private static boolean any(Clause c, String[] words) {
        return c.holdsAny(words);
    }
}
