package org.receptionbot.parse;

/**
 * Words that ask no one to act: reminders and warnings to everyone, offers to be called, matters handled or said over.
 * {@link IssueWords} registers each group at its place among the issue words, so the words at one position keep their
 * order.
 */
final class HandledAndNoticeWords {
    /** What says a matter told or placed is still not settled (跟前台说了还没人来, 车在北门等了半天). */
    private static final String[] STILL = {"还", "但", "可", "也", "却", "等", "没", "找", "半天", "了还", "了但", "了可", "了也", "了却"};

    private HandledAndNoticeWords() {}

    /** Reminders to everyone of reports due (请抓紧, 10点前报, 提醒：), and 同志们 of one team that is none. */
    static void reminders(CueTable t) {
        // 吉林团的同志们: a liaison's own people, no notice to everyone.
        t.guarded(Cue.NOTICE, "同志们", "的", new String[0], null);
        // 还有几个团没报晚宴人数: a report still to come, none made.
        t.add(Cue.DEFER, "没报 未报 还没报 没有报 没上报 未上报");
        // 还有几个团没报 请抓紧: a reminder to everyone.
        t.add(Cue.NOTICE, "请抓紧 抓紧报 抓紧上报 尽快上报 请尽快报");
        // 午饭人数10点前报, 有变化11点前说, 吃不吃说一声 不说按原计划备: a time to report by, and what holds
        // for whoever does not, is a notice to everyone.
        t.add(Cue.NOTICE, "点前报 点之前报 点前上报 点前说 点之前说 点前告知 点之前告知 吃不吃说一声 吃不吃说下");
        t.add(Cue.NOTICE, "不说按原计划 不报按原计划 不报的按原计划 没报的按原计划 不说就按原计划 不报就按原计划");
        // 提醒：北海线车程3个小时 请带好晕车药: a heading that makes the message a notice to everyone.
        for (String head : new String[] {"提醒", "温馨提醒", "友情提醒", "友情提示", "特别提醒", "特别提示"})
            for (String colon : new String[] {"：", ":"}) t.add(Cue.NOTICE, head + colon);
    }

    /** Matters told to the place that acts, arranged, played down or said over (跟餐厅说了, 协调好了, 没关系, 找到了). */
    static void handled(CueTable t) {
        // 宁夏的情况我跟餐厅说了: a coordinator who has told the place that acts handled the matter.
        for (String who : new String[] {"餐厅", "厨房", "后厨", "酒店", "前台", "宾馆", "车队", "司机", "师傅", "医务室"})
            for (String told : new String[] {"说了", "讲了", "说好了", "讲好了", "交代了", "打过招呼", "打好招呼", "沟通好了", "沟通过了"})
                for (String with : new String[] {"跟", "和"}) t.guarded(Cue.RESOLVED, with + who + told, "", STILL, null);
        // 覃师傅手机没电了 车在北门停车场: where the vehicle waits, told to those looking for it.
        // 协调好了, 没关系…登记一下就行: a matter arranged or played down asks no one to act.
        for (String w : new String[] {"协调好了", "协调好", "沟通好了", "已经和", "已经跟"})
            t.guarded(Cue.RESOLVED, w, "没未", STILL, null);
        t.add(Cue.SETTLED, "没关系 不要紧 不碍事 好点了 好一点了 好些了 好转了 退烧了 烧退了 不疼了 不吐了");
        // 医生看过了 没啥大事: a check-up that found nothing serious.
        t.add(Cue.SETTLED, "没啥大事 没什么大事 没大事 问题不大 没啥大问题 没什么大问题 没大问题");
        // 包找到了 谢谢, 出院了 没啥事, 房卡重新做好了, 医生看过了, 拍了片没骨折: the matter said over.
        for (String w :
                new String[] {"找到了", "找着了", "出院了", "没骨折", "骨头没事", "没啥事", "没什么事", "大家放心", "重新做好了", "看过了", "不用麻烦了"})
            t.guarded(Cue.SETTLED, w, "没未", new String[] {"吗", "没", "么"}, null);
        // 702遥控器电池没电了 小事不用管: a fault reported and waved off in the same breath asks no one to act.
        for (String w : new String[] {"不用管", "不用处理", "不用修", "不用理", "不必处理", "不用派人"})
            t.guarded(Cue.SETTLED, w, "", new String[] {"吗", "么", "吧？", "吧?"}, null);
    }

    /** Offers to be called or asked (打我电话, 有问题找我), and the place that acts at it (正在维修, 给你们留了). */
    static void offers(CueTable t) {
        // 找不到车打我电话, 需要叫车打前台电话, 有需要随时叫: an offer to be called, no problem of the sender's
        // (让司机打我电话 asks someone to call).
        for (String call : new String[] {"打我电话", "打我手机", "打我的电话", "打前台电话", "打交通组电话", "打会务组电话"})
            t.guarded(Cue.NOTICE, call, "让叫请机傅他她", new String[0], null);
        t.add(Cue.NOTICE, "有需要随时叫 有需要随时 随时叫 不用另外报 不用再报了 各位不用");
        // 我们正在挨个补, 清真窗口在补菜了: the place that acts is at it.
        t.add(Cue.RESOLVED, "正在挨个 挨个补 在补菜 正在补 正在维修 正在抢修");
        // 有问题找我, 请在群里报: an offer or an instruction to everyone.
        t.add(Cue.NOTICE, "有问题找我 有事找我 有问题联系我 有事联系我 有问题随时 有需要找我 请在群里 请在群内 请大家 统一安排");
        // 没吃的去食堂 给你们留了: food kept for those who missed it.
        t.add(Cue.RESOLVED, "给你们留了 给你们留着 给大家留了 给大家留着 已经留了 留好了");
    }

    /** Warnings to everyone (别迟到), and where the vehicle waits (车在北门). */
    static void warnings(CueTable t) {
        // 别迟到, 不要走错了: a warning to everyone is a notice.
        t.add(Cue.NOTICE, "别迟到 不要迟到 请勿迟到 别走错 不要走错 别走丢 不要走丢 别掉队 不要掉队");
        for (String place : new String[] {"东门", "南门", "西门", "北门", "正门", "大门口", "停车场", "门口"})
            for (String at : new String[] {"车在", "车停在"}) t.guarded(Cue.RESOLVED, at + place, "", STILL, null);
    }
}
