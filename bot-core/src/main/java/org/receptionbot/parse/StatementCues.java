package org.receptionbot.parse;

/** Cue words of what kind of statement a clause is: notices, questions, certainty, departures and arrivals. */
final class StatementCues {

    /** A delay feared after a sure time (可能会晚点, 可能延误): the hedge is the delay's, not the report's. */
    private static final String[] HEDGED_DELAY = {"会晚点", "晚点", "会延误", "延误", "会晚一点", "晚一点", "会晚一些", "会延迟", "延迟"};

    /** Where people go straight to from here, not where they come in (直接到机场, 直接到餐厅吃饭). */
    private static final String[] NOT_STRAIGHT_IN = {
        "机场", "高铁站", "火车站", "车站", "站", "餐厅", "食堂", "赛场", "场馆", "体育馆", "开幕式", "现场", "比赛", "吃", "了吗", "哪"
    };

    private StatementCues() {}

    static void register(CueTable t) {
        t.add(
                Cue.NOTICE,
                "请各 请提前 请大家 大家注意 提醒大家 请提醒 提醒各 请联络员 请及时 集合 温馨提示 务必 请准时 请按时 请注意" + " 注意保暖 注意安全"
                        + " 各代表团 各代表队 各队 各团 各厅 各单位 各部门 各组 不要乱坐 别乱坐 各考察组 各路线 各线路 的代表团 的代表队 各接站 群公告 再次提醒 相互转告 互相转告 请转告 截止 请抓紧"
                        // 需要打包早餐的团请报份数: those it concerns, asked to report.
                        + " 的团请 的队请 的请报");
        // 吉林团的同志们今天下午两点到: the delegation's people, no address to everyone.
        t.guarded(Cue.NOTICE, "同志们", "的", new String[] {}, null);
        // 警卫局刚通知, 请通知接待方, 麻烦通知一下餐厅: someone told us, or a request to tell someone, is no notice
        // to everyone. 临时通知要赶回厦门, 接到通知要回昆明: people told to go back is no notice to everyone either.
        t.guarded(Cue.NOTICE, "通知", "刚已请等烦忙帮", new String[] {"要赶", "赶回", "要回", "回去", "回单位"}, null);
        t.add(Cue.QUESTION, "吗 什么时候 什么 多少 哪里 哪儿 在哪 去哪 怎么 是否 有没有 几号 谁 为何 为什么");
        // 请问9号车一共几个座位, 想问下餐厅能坐多少: a question put to others, no report.
        t.add(Cue.QUESTION, "请问 想问");
        // 中午报35是不是多了: a figure questioned, no report of one.
        t.add(Cue.QUESTION, "是不是多了 是不是少了 是不是报多 是不是报少 是不是报错 是不是搞错 是不是弄错 是不是记错 是不是写错");
        // 再少几个, 减掉那几个: a few people, or those people, are no question.
        for (String w : new String[] {"几个", "几位", "几人"}) t.guarded(Cue.QUESTION, w, "少多加减这那好", new String[0], null);
        // 具体几点等通知: the hour is still to come, no question.
        // 几点还不确定: the hour not known yet, no question.
        t.guarded(Cue.QUESTION, "几点", "体", new String[] {"还不", "还没", "不确定", "待定", "未定", "没定"}, null);
        // 医务室在几楼: where a place is, asked (not 住十几楼).
        t.guarded(Cue.QUESTION, "几楼", "十", new String[0], null);
        t.add(Cue.QUESTION, "几层 哪层 哪一层 哪栋 哪一栋");
        t.followedBy(Cue.PAST, "吃了", "0123456789一二两三四五六七八九十");
        // 早饭吃了, 早上吃完了: a meal said eaten, ending the statement, is the past (不吃了 is a cancellation).
        for (String meal : new String[] {"饭", "餐", "早上", "中午", "晚上"})
            for (String done : new String[] {"吃了", "吃完了", "吃好了"})
                t.guarded(Cue.PAST, meal + done, "", new String[0], " ,，。!！\n");
        t.add(Cue.ASSIGNED, "被分到 分配到 被安排到 安排到 调到");
        // 40份早饭拿到了 谢谢大姐: food or papers received is done, no report.
        t.add(Cue.PAST, "拿到了 领到了 都拿到 都领到");
        t.add(Cue.PAST, "上届 上一届 去年 往年 前年 已经 吃过 用过餐 昨天 昨晚 昨日 前天 刚才 刚刚 已吃 已用餐 已到达 已抵达 已离开 已出发 已返程 已走");
        t.add(Cue.UNSURE, "也许 或许 不确定 待定 还不知道 不知道 不一定 看情况 如果 要是 假如 万一 说不准 不清楚");
        // 上海是9点半的火车的话 8点半要出发: a train, flight or hour supposed (…的话) is a condition, not a plan said.
        t.add(Cue.UNSURE, "火车的话 高铁的话 动车的话 飞机的话 航班的话 车次的话 点的话 点半的话 分的话");
        // 晚上9点10分到 可能会晚点: a delay the sender fears leaves the time said sure, as 估计会晚 does.
        t.guarded(Cue.UNSURE, "可能", "", HEDGED_DELAY, null);
        // 估计很晚了: guessing how late it gets leaves the figure sure.
        t.guarded(Cue.UNSURE, "估计", "", new String[] {"很晚", "挺晚", "比较晚", "会很晚", "要很晚", "会晚"}, null);
        // 看完再决定去不去百色: a choice left for later.
        t.add(Cue.UNDECIDED, "还没定 未定 还没确定 再决定 再确定 看情况再定");
        // 还有一个没定的那个 加到柳州线: the one not settled before, described, is settled now.
        String[] described = {"的那", "的这", "的同志", "的人", "的一", "的领导"};
        for (String w : new String[] {"没定", "没确定"}) t.guarded(Cue.UNDECIDED, w, "", described, null);
        // 明早8点前一定要报: a reminder to everyone.
        t.add(Cue.NOTICE, "一定要报 务必要报 必须要报 都要报上");
        t.add(
                Cue.RESOLVED,
                "分钟后到 马上到 马上过去 马上过来 这就过来 过去了 过去处理 马上安排 马上派 立即派 这就派 正在赶来 已派 已解决 已处理 已修好 已经好了 修好了 已恢复 已打扫 打扫好了 已更换 已经换 已经处理 已安排 没问题 解决了");
        t.add(Cue.DEPART, "离开 离会 离店 离队 离境 返回 回家 撤离 启程 动身 去机场 去高铁站 去火车站 出发赶 出发去赶");
        // 赶飞机 alone is the reason for a meal missed, no departure of its own (滇队早饭不吃了 赶飞机); 出发赶早班机 leaves.
        // 退房请把房卡交到前台, 退房须知: how to check out is a notice, no one leaving; 12点前退房, 提前退房: the
        // check-out's deadline, said by the hotel or answered to it, is no departure (12点前退房走 leaves by 走).
        t.guarded(
                Cue.DEPART,
                "退房",
                "前",
                new String[] {"能", "可", "时", "手", "前", "延", "推", "晚", "请", "须", "需", "流程", "地点"},
                null);
        t.guarded(Cue.DEPART, "返", "", new String[] {}, "京沪津渝蓉汉穗深杭宁乡家");
        t.guarded(
                Cue.DEPART,
                "回",
                // 帮忙寄回沈阳: things sent back, no one leaving.
                "来收答退召找挽撤返取带拿送不没别加寄邮运",
                new String[] {
                    "酒",
                    "宾",
                    "驻",
                    "房",
                    "餐",
                    "住",
                    "民",
                    "赛",
                    "大",
                    "来",
                    "复",
                    "答",
                    "应",
                    "头",
                    "到",
                    "收",
                    "个",
                    "事",
                    "电",
                    "信",
                    "去",
                    "忆",
                    "合",
                    "避",
                    "顾",
                    "味",
                    "馈",
                    "程",
                    "国",
                    "家",
                    "吃",
                    "车",
                    "了",
                    "不",
                    "你",
                    "您",
                    "他",
                    "她",
                    "话",
                    "消息",
                    "族",
                    "微信",
                    "一下",
                    // 七点多才回得来: can come back (by then), no one leaving.
                    "得来"
                },
                null);
        String[] notLeaving = {
            "廊",
            "路",
            "访",
            "错",
            "丢",
            "失",
            "动",
            "进",
            "出",
            "过",
            "到",
            "向",
            "开",
            "神",
            "散",
            "走",
            "不了",
            "不动",
            "不稳",
            "不开",
            "得动",
            "高速",
            "一趟",
            "趟",
            "流程",
            "程序",
            "后门",
            // 留在百色走亲戚: visiting relatives, no one leaving.
            "亲戚",
            "亲访友"
        };
        t.guarded(Cue.DEPART, "走", "行退送带拿取抢赶出别不没调借接", notLeaving, null);
        // 吃完直接走: 直接 is no 接走 (picking someone up).
        t.guarded(Cue.DEPART, "直接走", "", notLeaving, null);
        t.add(
                Cue.ARRIVE,
                "到达 抵达 来到 抵 落地 降落 到站 进站 下高铁 下飞机 入住了 提前到了 提前抵达 先到了 都到齐了 全部到齐 已到齐 今天到齐 今日到齐 今天全到齐 今天都到齐 今天全部到齐");
        // 报到处：…, 辛苦报到组的同事: the registration desk or its staff named as a place or a team, no one registering.
        t.guarded(Cue.ARRIVE, "报到", "", new String[] {"处", "组", "台", "点", "大厅", "现场", "区", "人员", "桌"}, null);
        // 回合肥, 回大连: a city whose first character 回 is kept from (回合, 回大) is a way home all the same.
        t.add(Cue.DEPART, "回合肥 回大连 回大同 回大庆 回大理");
        // 内蒙古队已经出发了, 沪队已出发去机场, 山东已登机: set off or boarded, said as done (出发 alone is a bus's timetable).
        t.add(Cue.DEPART, String.join(" ", GoneSaid.SET_OFF));
        t.add(Cue.DEPART, "先回去 先回了 先撤 撤了 走人 飞回 打道回府 出发回");
        // 北海直接飞 MF8218, 北海飞福州: flying out to a city (飞机, 起飞, 飞南宁 are no one leaving).
        t.add(Cue.DEPART, "直接飞");
        t.guarded(Cue.DEPART, "飞", "起", new String[] {}, "京沪津渝蓉汉穗深杭乡家福昆成重广上北天长武西兰乌哈沈青厦合贵济郑太石呼银拉");
        // 明天早上6点半全部撤: the whole team pulling out (全部撤回, 全团撤销 take back a message or a booking).
        for (String w : new String[] {"全部撤", "全团撤", "都撤", "一起撤"})
            t.guarded(Cue.DEPART, w, "", new String[] {"回", "销", "掉", "下", "了吗"}, null);
        // 中午都不回去了: not going back is no departure (with a part of the day, a meal not eaten).
        t.guarded(Cue.DEPART, "回去", "不", new String[] {"吃", "休", "拿", "取", "换", "睡", "看", "问", "说"}, null);
        t.guarded(
                Cue.ARRIVE,
                "到",
                "收实报迟找想做得遇直前后改期齐到等拿办看听送接感达提延没未至受降升温签推",
                new String[] {
                    "齐", "时", "底", "处", "位", "期", "手", "大厅", "门口", "餐厅", "宴会厅", "楼", "房间", "这", "那", "哪", "现在", "目前",
                    "此"
                },
                null);
        // 坐大巴直接到云上民宿: 直接到 is coming straight in (接到 alone is picking someone up); 直接到机场, 直接到餐厅
        // is where people go from here.
        t.guarded(Cue.ARRIVE, "直接到", "", NOT_STRAIGHT_IN, null);
        // 有十个人要留到明天再走: staying on to a day moves the leaving to it.
        t.guarded(Cue.CHANGE, "留到", "", new String[0], "明后周星礼0123456789一二三四五六七八九十");
        // 明天中午之前到: 到 after 之前/以前 is arriving by that time (前 alone before 到 is 提前到 and its kin).
        for (String w : new String[] {"之前到", "以前到"})
            t.guarded(Cue.ARRIVE, w, "", new String[] {"过", "的", "这", "那"}, null);
        // 上海6位刚进山庄, 都接上了: just in at the venue, or met at the station, is arriving now.
        t.guarded(Cue.ARRIVE, "刚进", "", new String[] {"行", "步", "场", "餐", "食堂", "会场", "群"}, null);
        t.guarded(Cue.ARRIVE, "接上了", "话线", new String[0], null);
        t.add(Cue.ARRIVE, "已接上 都接上 都接到了 全部接到了 全接到了 已接到");
        // 甘肃团4位接到了, 后面那6个人也接到了: people met at the station (not a call or a notice received).
        t.guarded(Cue.ARRIVE, "接到了", "没未话", new String[] {"通知", "电话", "消息", "信息", "短信", "邮件", "任务", "指示"}, null);
        // 福建6人 出站了, 吉林厅4位同志已办好入住: out of the station, or checked in, is here now.
        t.guarded(Cue.ARRIVE, "出站了", "没未", new String[0], null);
        t.add(Cue.ARRIVE, "已出站 已经出站 刚出站 办好入住 办完入住 入住好了 已入住 已经入住");
        // 中午有八个不过来了: not coming is no arrival (with a part of the day, the meal not eaten).
        t.guarded(Cue.ARRIVE, "过来", "不", new String[] {"吃", "用", "就", "参", "看", "帮", "玩", "拿", "取", "问", "一下"}, null);
    }
}
