package org.receptionbot.parse;

/**
 * Cue words of what kind of statement a clause is: notices, questions, what is past, sure or undecided, and help on
 * its way. The words of people leaving and arriving are {@link MovementCues}.
 */
final class StatementCues {

    /** A delay feared after a sure time (可能会晚点, 可能延误): the hedge is the delay's, not the report's. */
    private static final String[] HEDGED_DELAY = {"会晚点", "晚点", "会延误", "延误", "会晚一点", "晚一点", "会晚一些", "会延迟", "延迟"};

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
    }
}
