package org.receptionbot.parse;

import org.receptionbot.record.IssueCategory;

/**
 * The kind of problem a clause reports by a problem word (坏了, 找不到, 能不能) and the topic beside it (a vehicle, a
 * room, a meal, paperwork): {@link IssueKind}'s last resort, once no word decided by itself.
 */
final class IssueByTopic {
    private static final String[] KEYS = {"钥匙", "房卡", "门卡"};
    private static final String[] KITCHEN = {"厨房", "后厨", "伙房", "厨师", "大厨"};
    private static final String[] HELPERS = {"志愿者", "翻译", "向导", "讲解员", "工作人员"};

    private IssueByTopic() {}

    /** A problem word (坏了, 找不到, 能不能) with the topic that makes it a kind of problem; or null. */
    static IssueCategory category(Clause c, boolean mealStatement, IssueKind.Context m, boolean unreachable) {
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
        if (lost && IssueThings.lostThing(c) && !c.holdsAny(KEYS)) return IssueCategory.OTHER;
        // 名单和车牌号还没发过来, 具体来多少人麻烦给个准数: a list or a firm figure is paperwork.
        if (IssueMatters.aboutList(c) && !c.has(Cue.DEFER)) return IssueCategory.OTHER;
        if (request && IssueMatters.asksFigure(c) && c.teams().isEmpty() && !mealStatement) return IssueCategory.OTHER;
        if (problem) {
            if (IssueTalk.fittingOfVehicle(c)) return IssueCategory.VEHICLE;
            // 隔壁一直在唱歌 吵得睡不着: the neighbours' noise, unless a room change is asked.
            if (IssueMatters.neighbours(c, m.message())) return IssueCategory.OTHER;
            if (c.has(Cue.ROOM_ITSELF)) return IssueCategory.ROOM;
            // 跟厨房说下少放点盐: the kitchen is the meal's, not a room.
            if (c.holdsAny(KITCHEN) && !mealStatement) return IssueCategory.MEAL;
            // 能不能给我们弄点盒饭带车上吃: food asked for, to eat on the bus, is the kitchen's, not the bus's.
            if (IssueThings.eatenOnBoard(c) && (!mealStatement || c.has(Cue.REQUEST))) return IssueCategory.MEAL;
            // 6号车到了28个 还差2个 电话没人接: the people short of a bus, unreachable, are no vehicle matter.
            if (unreachable && (CountedBusMissing.count(c) != null || CountedBusMissing.peopleShort(c)))
                return IssueCategory.OTHER;
            if (c.has(Cue.TOPIC_VEHICLE) || !c.all(Mention.Vehicle.class).isEmpty()) return IssueCategory.VEHICLE;
            if (c.has(Cue.TOPIC_ROOM)) return IssueKind.atVenue(c) ? IssueCategory.OTHER : IssueCategory.ROOM;
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
        if (IssueKind.asking(c) && c.holdsAny(HELPERS)) return IssueCategory.OTHER;
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
}
