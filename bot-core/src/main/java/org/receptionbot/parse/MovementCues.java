package org.receptionbot.parse;

/**
 * Cue words of people leaving (离开, 返回, 走, 飞, 退房 as a departure) and arriving (到达, 落地, 到, 接到了, 入住),
 * each guarded against the words around it that make it something else (回复, 走廊, 收到), and of staying on to a
 * day (留到明天). Registered right after {@link StatementCues}.
 */
final class MovementCues {

    /** Where people go straight to from here, not where they come in (直接到机场, 直接到餐厅吃饭). */
    private static final String[] NOT_STRAIGHT_IN = {
        "机场", "高铁站", "火车站", "车站", "站", "餐厅", "食堂", "赛场", "场馆", "体育馆", "开幕式", "现场", "比赛", "吃", "了吗", "哪"
    };

    private MovementCues() {}

    static void register(CueTable t) {
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
