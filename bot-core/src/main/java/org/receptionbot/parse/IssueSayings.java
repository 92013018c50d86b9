package org.receptionbot.parse;

/**
 * Problems said by their state rather than by a keyword (热水还是冷的, 菜快没了, 一直吐, 天花板滴水,
 * 房卡消磁了), and the words that say a matter is handled or planned (医生已经在路上了, 我去协调,
 * 停电检修), a reminder (记得提前退房) or something that is no vehicle of the event (车次, 车票).
 */
final class IssueSayings {
    /** Food and tableware that run out at a meal. */
    private static final String[] FOOD = {
        "菜", "饭", "米饭", "粥", "稀饭", "馒头", "面条", "包子", "饺子", "汤", "肉", "主食", "碗", "小碗", "筷子", "勺子", "餐具", "盘子"
    };
    /** What is said of the food when it runs out (菜快没了, 粥也没了, 菜都快光了). */
    private static final String[] RUN_OUT = {
        "快没了", "也没了", "都没了", "都快没了", "全没了", "快光了", "都光了", "都快光了", "光了", "快完了", "不多了", "不够了"
    };
    /** Who comes to help, and the words that say they are on their way. */
    private static final String[] HELPERS = {"医生", "队医", "大夫", "师傅", "司机", "维修", "维修工", "工程部", "保洁", "服务员", "工作人员", "前台"
    };

    private static final String[] COMING = {
        "已经在路上", "在路上了", "已经出发", "已出发", "马上到", "马上就到", "马上过去", "已经过去", "这就过去", "正在赶过去", "已经上去"
    };
    /** What says the matter is still not settled (在路上了 但还没到). */
    private static final String[] STILL = {
        "还", "但", "可", "却", "吗", "没", "呢", "了还", "了但", "了可", "了吗", "了没", "了呢", "了却", "没有"
    };

    private IssueSayings() {}

    static void register(CueTable t) {
        // 热水放了十分钟还是冷的, 水是凉的: a service that does not work, said by its state.
        t.add(Cue.PROBLEM, "还是冷的 还是凉的 都是冷的 都是凉的 是冷的 是凉的 冷冰冰 凉冰冰 不够热 不太热 只有冷水 只有凉水 温度不够 水温不够");
        // 热水一直不来, 暖气还不来, 电还没来: a service of the room that does not come on.
        for (String service : new String[] {"热水", "暖气", "水", "电"})
            for (String still : new String[] {"", "一直", "还", "还是", "老是", "总是", "都"})
                for (String not : new String[] {"不来", "没来", "不出来"}) {
                    // 矿泉水还没来, 开水没来: water brought, no supply of the room.
                    t.guarded(Cue.PROBLEM, service + still + not, "泉茶开饮汽", new String[0], null);
                    t.guarded(Cue.TOPIC_ROOM, service + still + not, "泉茶开饮汽", new String[0], null);
                }
        // 一直吐, 脸都白了, 能叫个医生吗: someone ill said by the symptom, a doctor asked for.
        String symptoms = "一直吐 老是吐 总是吐 老吐 吐个不停 吐得厉害 脸都白了 脸色发白 脸色苍白 脸色很差 浑身发抖 浑身发冷 喘不过气 晕过去 站不稳 站不住";
        t.add(Cue.HEALTH, symptoms);
        for (String w : symptoms.split(" ")) t.guarded(Cue.ILL, w, "", new String[] {"的"}, null);
        t.add(Cue.REQUEST, "叫个医生 叫医生 找个医生 请个医生 叫个大夫 找个大夫 派个医生 派人 派个人 叫个人 找个人来");
        // 流鼻血止不住 医生能来一下吗: someone asked to come, as a question.
        t.add(Cue.REQUEST, "能来一下 能过来一下 能上来一下 能来一趟 能过来一趟 可以来一下 可以过来一下 来一下吗 过来一下吗 上来一下吗");
        // 天花板在滴水 床都湿了: water coming in, a fault of the room.
        t.add(Cue.BROKEN, "滴水 湿了 湿透 进水 积水 渗水");
        t.add(Cue.PROBLEM, "滴水 进水 积水");
        t.add(Cue.TOPIC_ROOM, "天花板 吊顶 墙 地板 屋顶 地毯");
        // 房卡消磁了, 门刷不开: a key card that no longer opens the door.
        t.add(Cue.BROKEN, "消磁 退磁 刷不开 刷不了 刷不进 失灵");
        t.add(Cue.PROBLEM, "消磁 退磁 刷不开 刷不了 刷不进 失灵");
        // 菜快没了, 只有米饭跟榨菜, 没有小碗了: food or tableware running out at a meal.
        for (String f : FOOD) {
            // 包子快没了 后面的人吃什么: a problem even when asked about.
            for (String r : RUN_OUT) {
                t.add(Cue.MEAL_PROBLEM, f + r);
                t.add(Cue.MISSING, f + r);
            }
            // 盒饭里面有没有汤, 早餐有没有米线: asked what a meal holds, no food missing.
            t.guarded(Cue.MEAL_PROBLEM, "没有" + f, "有", new String[] {"卡", "票", "店", "馆", "局"}, null);
        }
        t.add(Cue.MEAL_PROBLEM, "只有米饭 只有白饭 只有面条 只有馒头 只有稀饭 只有粥 只有咸菜 只有榨菜 只有泡面 只有方便面 只有凉菜 只有素菜");
        // 我们明早要用车啊 谁说不用的: a vehicle needed, a request to act (要用车的请报名 is a notice).
        for (String w : new String[] {"要用车", "需要用车", "得用车", "要派车", "需要派车"})
            t.guarded(Cue.REQUEST, w, "", new String[] {"的", "吗", "吧", "么", "不", "嘛"}, null);
        t.add(Cue.PROBLEM, "谁说不用 谁说不要 谁说不需要 怎么说不用 怎么又不用");
        // 医生已经在路上了, 司机马上到: help on its way, the matter handled (在路上了 但还没到 is not).
        for (String who : HELPERS) for (String w : COMING) t.guarded(Cue.RESOLVED, who + w, "", STILL, null);
        // 车的问题我去协调: a coordinator taking the matter on.
        for (String w : new String[] {"我去协调", "我来协调", "我这边协调", "我马上协调", "正在协调", "我去处理", "我来处理", "我去联系", "我来联系", "我去问"})
            t.guarded(Cue.RESOLVED, w, "", STILL, null);
        // 有需要临时接人的提前跟交通组说, 晕车的同志提前准备: a service offered or an instruction, a notice.
        // 8号车在山庄待命 有需要打梁师傅电话, 需要用车找刘师傅: a vehicle offered to whoever needs it, a notice.
        t.add(Cue.NOTICE, "有需要打 有需要联系 有需要找 需要用车联系 需要用车请 需要用车打 用车请联系 用车请找");
        // 用车找小李: whom to call for a car (要用车找不到 is a car not found).
        t.guarded(Cue.NOTICE, "用车找", "", new String[] {"不"}, null);
        t.add(Cue.NOTICE, "如有需要 若有需要 有需要的 有需要可 有需要请 的同志提前 的同志注意 的同志记得 的同志自备 的同志带好 提前准备好 请提前准备 提前做好准备");
        for (String desk : new String[] {"交通组", "会务组", "车队", "调度", "医疗组", "后勤组"})
            for (String say :
                    new String[] {"跟" + desk + "说", "跟" + desk + "联系", "和" + desk + "联系", "联系" + desk, "找" + desk})
                t.guarded(Cue.NOTICE, say, "", new String[] {"了", "过"}, null);
        // 有航班变化的联络员直接打梁师傅电话, 还没上车的代表打13号车过来: those it concerns, told what to do.
        t.add(Cue.NOTICE, "的联络员直接 的联络员请 的联络员可以 没上车的代表打 没上车的同志打 没上车的代表直接 没上车的同志直接 没上车的代表自己");
        // 停电检修: a planned outage told ahead, a notice.
        t.add(Cue.NOTICE, "停电检修 停水检修 检修停电 检修停水 计划停电 计划停水 停电通知 停水通知");
        // 各位早，今天返程，祝大家一路平安: farewell wishes to everyone; 接站组注意: a desk of the staff addressed;
        // 8点10分上车 别迟到: a reminder to everyone; 还没走的团晚饭在九院吃: the delegations still there, none named.
        t.add(Cue.NOTICE, "一路平安 一路顺风 祝大家 祝各位 组注意 组的同事 别迟到 不要迟到 请勿迟到 没走的团 没走的队 没走的代表团 没离开的团");
        // 甘肃那位的素菜单独做了一份: a diet's dish made, the kitchen's answer.
        t.add(Cue.RESOLVED, "单独做了 另做了 另外做了 单独准备了 另外准备了 单独炒了 单独备了");
        // 房卡丢了没关系，前台登记一下就行: the answer to a problem says it needs no one.
        t.add(Cue.RESOLVED, "没关系 不要紧");
        // 海南的同志记得提前退房: a reminder.
        t.add(Cue.NOTICE, "记得提前 记得按时 记得准时 记得带 别忘了带 不要忘了带");
        // 早餐时间不变 还是7点到9点: the opening hours of a meal, a notice.
        for (String meal : new String[] {"餐", "饭"})
            for (String w : new String[] {"时间不变", "时间照常", "时间照旧", "时间没变"}) t.add(Cue.NOTICE, meal + w);
    }
}
