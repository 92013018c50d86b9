package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator or a service unit says of its own service rather than of a delegation: a meal's
 * serving hours moved (早餐推迟到7点半开始), what to do if something is wrong (各房间如果不热请打前台, 晕车的话
 * 跟随车联络员说一声就行), how to ask for a service (用车需要提前报), help already called (已联系县人民医院), a
 * message of its own to be sent again (车牌打错了 等下重新发); and problems said without a keyword: a room
 * change asked for (能不能换一间), food asked for after a meal was missed (没赶上午饭 还能弄点吃的吗), a
 * diet (晚上不要安排辣的), a name printed wrong on a pass (代表证名字印成王建图了).
 */
final class ServiceNotices {
    private static final String[] MEALS = {"早餐", "早饭", "午餐", "午饭", "中饭", "晚餐", "晚饭", "晚宴", "宵夜", "夜宵", "自助餐"};
    private static final String[] MOVED = {
        "推迟到", "推迟半小时", "推迟一小时", "推迟1小时", "提前半小时", "提前一小时", "提前1小时", "改到", "调整到", "时间调整", "时间改为"
    };
    private static final String[] VEHICLES = {"车", "大巴", "中巴", "巴士"};
    private static final String[] ARRANGED = {"安排好", "已安排", "已经安排", "派好", "已派", "定好了", "订好了"};
    private static final String[] ASKED_AGAIN = {"等下", "等会", "等会儿", "一会", "一会儿", "稍后", "马上", "待会", "待会儿"};

    private ServiceNotices() {}

    static void register(CueTable t) {
        // 明天周日 早餐推迟到7点半开始: a meal's hours moved, told to everyone.
        for (String meal : MEALS) for (String moved : MOVED) t.add(Cue.SERVICE_NOTICE, meal + moved);
        t.add(Cue.SERVICE_NOTICE, "点开始供应 点半开始供应 点开始用餐 点半开始用餐 开始供暖 开始供 正常供应");
        // 明早早餐九院照常供应, 打包早餐在一楼前台领: the kitchen's service as usual, where to collect what it packed.
        t.add(Cue.SERVICE_NOTICE, "照常供应 按时供应 前台领 餐厅领 门口领 大堂领");
        // 各房间如果不热请打前台, 有人晕车的话 跟随车联络员说一声就行, 用车需要提前报: what to do when needed.
        t.add(Cue.SERVICE_NOTICE, "各房间 请打前台 请联系前台 请找前台 请拨打 说一声就行 说一声即可 讲一声就行 告诉我们就行");
        // 明天要走的、早饭不吃的，单独在群里说一声, 如房间温度不够请拨前台: who is to say what, told to everyone.
        t.add(Cue.SERVICE_NOTICE, "在群里说一声 群里说一声 单独说一声 单独在群里 在群里报一下 群里报一下 跟我说一声 请拨");
        t.add(Cue.SERVICE_NOTICE, "各位老师好 各位领队好 各位领导好 各位代表好 请领取 凭卡");
        t.add(Cue.SERVICE_NOTICE, "需要提前报 要提前报 需提前报 须提前报 提前报备 需要提前申请 提前申请 大家看看 大家看一下 大家看下");
        // 宵夜报了才有 不报就没有: what is done when a meal is not reported, told to everyone.
        t.add(Cue.SERVICE_NOTICE, "没报就 不报就 未报就 没报的话 不报的话 未报的话 报了才 报了才有 报的才有");
        // 宵夜今天最后一次 明天起取消: a service that stops.
        t.add(Cue.SERVICE_NOTICE, "最后一次 最后一天 起取消 起停止 起暂停 起不再 不再供应 停止供应 暂停供应");
        // 好的 重庆晚餐四十 已登记: a coordinator's echo of a report already made.
        // 7人刚到，已登记领卡, 已登记入住: people registered at the desk, no report logged.
        t.guarded(Cue.LOGGED, "已登记", "", new String[] {"吗", "了吗", "没", "领", "入住", "完毕"}, null);
        t.add(Cue.LOGGED, "已记录 已记下 记下了 已经记下 登记好了 已经登记 已统计 统计好了 已报餐厅 已转餐厅 已转告餐厅 已告诉餐厅");
        // 九院宾馆：…我们已经安排换到四楼: a room change made by the hotel, no arrival.
        t.add(Cue.ASSIGNED, "换到 搬到 调整到");
        t.guarded(Cue.RESOLVED, "已经安排", "", new String[] {"吗", "了吗", "好了吗", "了没", "好没"}, null);
        // 清真窗口今天有了 谢谢: what was missing is there now.
        for (String w : new String[] {"今天有了", "现在有了", "已经有了", "终于有了", "总算有了"})
            t.guarded(Cue.RESOLVED, w, "", new String[] {"吗", "没", "问题"}, null);
        // 已联系县人民医院，救护车十分钟到: help already called.
        t.guarded(Cue.RESOLVED, "已联系", "", new String[] {"不", "了吗", "过了", "了但", "了可", "了还"}, null);
        // 车牌打错了 等下重新发: the sender's own message, to be sent again; nothing for anyone to fix.
        for (String when : ASKED_AGAIN)
            for (String send : new String[] {"重新发", "重发", "再发一遍", "再发一次"}) t.add(Cue.SETTLED, when + send);
        // 今天晚饭是几个菜 我们有个队员问: who asks the question, no figure of diners.
        t.add(Cue.QUESTION, "领导问 队员问 同志问 代表问 老师问 运动员问 教练问 有人问 在问 让我问 叫我问 托我问");
        // 内蒙的房间有股烟味 能不能换一间: a room change asked for is a room matter, whatever the reason.
        t.add(Cue.ROOM_CHANGE, "换一间 换个房间 换间房 换房 换一个房间 调个房间 调一间 调房 换几间 换两间 换三间 换几个房间");
        // 没赶上午饭 餐厅那边还能弄点吃的吗: food asked for after a meal missed.
        String food = "弄点吃的 留点吃的 做点吃的 准备点吃的 弄点饭 留点饭 弄点东西吃 给点吃的";
        t.add(Cue.MEAL_PROBLEM, food);
        t.add(Cue.PROVIDE, food);
        t.add(Cue.PAST, "没赶上 没有赶上 没赶得上");
        // 宁夏晚上不要安排辣的, 能不能做点不放辣的: a diet asked for.
        t.add(
                Cue.MEAL_PROBLEM,
                "不要太辣 别太辣 别放辣 不要放辣 不放辣 少放辣椒 别放辣椒 不要放辣椒 吃不了辣 不能吃辣 吃不得辣" + " 不要安排辣 别安排辣 不要辣的 不要太咸 别太咸 太油腻");
        // 代表证名字印成王建图了, 胸牌名字写成李明明了: a name printed wrong on a pass.
        t.add(Cue.PROBLEM, "印成 写成 印错 名字错了 名字写错 名字打错 写错名字 印错名字 打错名字");
        t.add(Cue.TOPIC_ADMIN, "参赛证 工作证 出入证 证件 桌牌 名牌 姓名牌");
        // 能重新做一个吗, 请把最终名单发我一下: something asked to be made again or sent.
        t.add(Cue.REQUEST, "重新做 重新打印 重新印 重做 补做 重新制作 重新办 发我一下 发给我 发我们一下");
    }

    /** 好的 重庆晚餐四十 已登记: a coordinator's message that says the report is logged repeats it. */
    static boolean logged(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null) return false;
        for (Clause c : clauses) if (c.has(Cue.LOGGED)) return true;
        return false;
    }

    /**
     * "浙江的返程车已经安排好了 25号早上9点从九院出发": a coordinator's message that opens with a vehicle
     * arranged, and gives no figure of people, tells the vehicle's schedule, not a delegation's movement.
     */
    static boolean vehicleArranged(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null || clauses.isEmpty()) return false;
        Clause first = clauses.get(0);
        String words = first.span();
        int vehicle = -1;
        for (String v : VEHICLES) if (words.indexOf(v) >= 0) vehicle = words.indexOf(v);
        if (vehicle < 0) return false;
        boolean arranged = false;
        for (String w : ARRANGED) arranged |= words.indexOf(w, vehicle) > vehicle;
        if (!arranged) return false;
        for (Clause c : clauses) for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) return false;
        return true;
    }

    /** 不要太辣, 不要安排辣的: the cancel word inside a diet asked for cancels no meal. */
    static void dietOverCancel(List<CueTable.Hit> hits) {
        List<CueTable.Hit> diets = new ArrayList<>();
        for (CueTable.Hit h : hits) if (h.cue() == Cue.MEAL_PROBLEM) diets.add(h);
        for (CueTable.Hit d : diets)
            hits.removeIf(h -> h.cue() == Cue.CANCEL && h.start() >= d.start() && h.end() <= d.end());
    }
}
