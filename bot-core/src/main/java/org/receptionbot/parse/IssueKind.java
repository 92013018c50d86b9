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
        boolean mealProblem = c.has(Cue.MEAL_PROBLEM) && !IssueMatters.dietAsBefore(c);
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
        boolean ill = c.has(Cue.ILL) && !c.has(Cue.SETTLED) || c.has(Cue.BROKEN);
        // 天津的午饭在哪领啊 找了一圈没找到: where to fetch a meal, asked, is a question for information.
        if (IssueThings.whereToFetch(c) && !health && !ill) return null;
        // 早饭要提前 6点40能吃上吗: a meal's time asked to move is the caterer's to act on.
        if (MealTimeAsked.test(c) && !c.has(Cue.DEFER)) return IssueCategory.MEAL;
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
        return byTopic(c, mealStatement, m, unreachable);
    }

    /** A problem word (坏了, 找不到, 能不能) with the topic that makes it a kind of problem; or null. */
    private static IssueCategory byTopic(Clause c, boolean mealStatement, Context m, boolean unreachable) {
        // 1号车已经在东门等了: buses waiting at their place are ready; 麻烦把房卡准备好: a plan, not a fix.
        // 5号车麻烦等一下内蒙的同志, 麻烦跟宴会厅说一声: a bus asked to wait, word passed on, asks no one to fix anything.
        boolean request = (c.has(Cue.REQUEST) || c.has(Cue.NEED)) && !IssueThings.readies(c) && !StaffErrands.only(c);
        // 2号车车门关不上: a thing broken is a problem word of its own.
        // 海南团还没来 菜已经上了: people not come yet are no problem of the meal named beside them.
        // 目前报了山东 不对 山东是东站: a self-correction word is no problem word.
        boolean problem = (c.has(Cue.PROBLEM) && !StaffErrands.correctionOnly(c) || c.has(Cue.BROKEN))
                        && !IssueTalk.vehicleWaits(c)
                        && !PeopleNotCome.only(c)
                        && !IssueThings.caution(c)
                || request
                || unreachable;
        // 麻烦保洁来一下, 能找人来清理一下吗: cleaning asked for.
        if (c.has(Cue.CLEAN) && c.has(Cue.REQUEST)) return IssueCategory.HYGIENE;
        // 刚到九院宾馆 房间麻烦安排一下: rooms asked for the arrival just reported are part of the report.
        if (request && !c.has(Cue.PROBLEM) && c.has(Cue.ARRIVE) && c.has(Cue.TOPIC_ROOM)) return null;
        boolean lost = c.has(Cue.OTHER_PROBLEM);
        if ((problem || lost) && (c.has(Cue.TOPIC_ADMIN) || lost && c.has(Cue.TOPIC_OTHER))) {
            return IssueCategory.OTHER;
        }
        // 东西落在1306房间了, 衣服忘在房间里: belongings left in a room are the belongings' matter (a key or card
        // left inside is the room's).
        if (lost && IssueThings.lostThing(c) && !any(c, KEYS)) return IssueCategory.OTHER;
        // 名单和车牌号还没发过来, 具体来多少人麻烦给个准数: a list or a firm figure is paperwork.
        if (IssueMatters.aboutList(c) && !c.has(Cue.DEFER)) return IssueCategory.OTHER;
        if (request && IssueMatters.asksFigure(c) && c.teams().isEmpty() && !mealStatement) return IssueCategory.OTHER;
        if (problem) {
            if (IssueTalk.fittingOfVehicle(c)) return IssueCategory.VEHICLE;
            // 隔壁一直在唱歌 吵得睡不着: the neighbours' noise, unless a room change is asked.
            if (IssueMatters.neighbours(c, m.message())) return IssueCategory.OTHER;
            if (c.has(Cue.ROOM_ITSELF)) return IssueCategory.ROOM;
            // 跟厨房说下少放点盐: the kitchen is the meal's, not a room.
            if (any(c, KITCHEN) && !mealStatement) return IssueCategory.MEAL;
            // 能不能给我们弄点盒饭带车上吃: food asked for, to eat on the bus, is the kitchen's, not the bus's.
            if (IssueThings.eatenOnBoard(c) && (!mealStatement || c.has(Cue.REQUEST))) return IssueCategory.MEAL;
            // 6号车到了28个 还差2个 电话没人接: the people short of a bus, unreachable, are no vehicle matter.
            if (unreachable && (CountedBusMissing.count(c) != null || CountedBusMissing.peopleShort(c)))
                return IssueCategory.OTHER;
            if (c.has(Cue.TOPIC_VEHICLE) || !c.all(Mention.Vehicle.class).isEmpty()) return IssueCategory.VEHICLE;
            if (c.has(Cue.TOPIC_ROOM)) return atVenue(c) ? IssueCategory.OTHER : IssueCategory.ROOM;
            if (c.has(Cue.TOPIC_MEAL) && !mealStatement) return IssueCategory.MEAL;
            if (c.has(Cue.TOPIC_OTHER)) return IssueCategory.OTHER;
            // 5号车停哪了？我们在门口没看到: not found, of the thing spoken of before.
            // 只有一台车？早上一半人站着等了半小时: waiting, for the thing spoken of before.
            // 卫生间一地的水，不知道哪漏的: a fault, of the thing spoken of before.
            // 12号车陈师傅电话多少？打了两次都没人接: unreachable, the driver of the vehicle spoken of before (people
            // missing from a bus and unreachable stay a matter of their own).
            boolean driver = m.message().contains("师傅") || m.message().contains("司机");
            boolean ofBefore = c.has(Cue.MISSING)
                    || c.has(Cue.BROKEN)
                    || IssueTalk.waitedLong(c)
                    || unreachable && (m.carried() != IssueCategory.VEHICLE || driver);
            if (ofBefore && m.carried() != null) return m.carried();
        }
        // 需要一个会说维吾尔语的志愿者帮忙翻译: a helper asked for.
        if (asking(c) && any(c, HELPERS)) return IssueCategory.OTHER;
        // 能不能借两个轮椅, 能提供几把椅子吗: supplies asked for, outside a meal statement.
        // 谁有充电宝借一下: a liaison asking the others in the group, nobody's to act on.
        boolean supplies = c.has(Cue.PROVIDE)
                && (problem || c.question)
                && !c.has(Cue.TOPIC_MEAL)
                && !mealStatement
                && !IssueMatters.asksPeers(c);
        if (supplies) return IssueCategory.OTHER;
        if (c.has(Cue.OTHER_PROBLEM) || unreachable) return IssueCategory.OTHER;
        return null;
    }

    /** 体育馆的空调坏了, 训练馆没人开门: a fitting or door of a venue, not of the room (房间门 stays the room's). */
    private static boolean atVenue(Clause c) {
        return !c.has(Cue.ROOM_ITSELF) && any(c, IssueWords.VENUES);
    }

    private static boolean asking(Clause c) {
        return c.has(Cue.REQUEST) || c.has(Cue.NEED) || c.text.startsWith("请", c.start);
    }

    private static final String[] REISSUE = {"重新打", "重新做", "重新办", "重新印", "重新制作", "重新发", "补打", "补办", "补做", "再打一张", "再做一个"
    };
    private static final String[] CLEANING = {"保洁", "打扫", "清扫", "扫一下", "收拾一下", "清理一下", "拖一下地"};
    private static final String[] WANTS = {"想", "要", "希望", "给换", "帮忙换", "帮我们换"};
    private static final String[] KEYS = {"钥匙", "房卡", "门卡"};
    private static final String[] KITCHEN = {"厨房", "后厨", "伙房", "厨师", "大厨"};
    private static final String[] PERSON_LOST = {"走散", "走丢", "走失", "掉队", "失散", "跟丢"};
    private static final String[] HELPERS = {"志愿者", "翻译", "向导", "讲解员", "工作人员"};

    /** Whether the clause holds one of the words. */
    private static boolean any(Clause c, String[] words) {
        return c.holdsAny(words);
    }
}
