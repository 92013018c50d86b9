package org.receptionbot.parse;

/**
 * Problems and requests said in everyday words, with no keyword of the issue tables (扭到脚了, 电话也关机,
 * 就剩面条了, 能不能给几把伞), and food that is no meal of the event (下午茶, 水果).
 */
final class PlainWords {
    /** What may follow 晚点 when it is a delay (晚点了, 晚点20分钟, 晚点半小时, 车晚点); before a verb it is "later". */
    static final String AFTER_DELAY = "了啦很太好,，。!！?？ \n0123456789一二两三四五六七八九十半几";

    /** First characters of the food left when it runs out (面条, 米饭, 馒头, 稀饭, 咸菜). */
    private static final String FOOD = "面米饭馒包稀粥汤菜咸白泡方凉青素饺";

    private PlainWords() {}

    /** "还有二十多个人没吃": people still waiting to eat, a meal problem. */
    static void notFed(String text, int at, java.util.List<CueTable.Hit> hits) {
        int limit = Math.min(text.length() - 1, at + 12);
        for (int i = at + 2; i < limit; i++) {
            if (Clause.SEPARATORS.indexOf(text.charAt(i)) >= 0 && text.charAt(i) != ' ') return;
            if (text.startsWith("没吃", i)) {
                if (waiting(text, i + 2)) hits.add(new CueTable.Hit(Cue.MEAL_PROBLEM, at, i + 2));
                return;
            }
        }
    }

    /** After 没吃: nothing more, or 上/饭 and then nothing more (没吃早饭就去赛场了 is not waiting). */
    private static boolean waiting(String text, int at) {
        int i = at;
        while (i < text.length() && i < at + 2 && "上饭".indexOf(text.charAt(i)) >= 0) i++;
        return i == text.length() || "了呢啊呀 ,，。!！\n".indexOf(text.charAt(i)) >= 0;
    }

    static void register(CueTable t) {
        // Hurt or ill, said of the body.
        t.guarded(Cue.HEALTH, "疼", "心", new String[0], null);
        t.guarded(Cue.HEALTH, "痛", "心悲哀沉", new String[] {"快"}, null);
        t.add(
                Cue.HEALTH,
                "扭到 扭了 崴到 摔了 摔到 跌倒 跌伤 撞伤 碰伤 划伤 割伤 烫伤 拉伤 伤到 伤了 受了伤 肿了 流鼻血 呼吸困难 喘不上气"
                        + " 划破 磕破 擦破 磕到 血 创可贴 碘伏 纱布 绷带 消毒水 轮椅 担架 腰闪 闪了腰 闪到腰");
        // 发烧了 is someone ill now; 那个崴脚的队员 only names someone already reported.
        for (String w : "发烧 发热 高烧 低烧 受伤 摔伤 骨折 拉肚子 腹泻 呕吐 晕倒 昏倒 中暑 扭伤 崴脚 肚子疼 生病 病了".split(" "))
            t.guarded(Cue.ILL, w, "", new String[] {"的"}, null);
        // Someone lost or unreachable.
        t.add(Cue.UNREACHABLE, "失联 联系不上 联系不到 找不到人 打不通 没人接 不接电话 不回消息 人不见了 电话也不接 电话都不接 电话不接");
        t.guarded(Cue.UNREACHABLE, "关机", "电", new String[0], null);
        // 已经好了, 没事了: the problem said before is settled.
        t.add(Cue.SETTLED, "没伤到 没伤着 没受伤 没有大碍 无大碍 已经好了 好多了 没事了 没什么事了 没大碍 已解决 解决了 已修好 修好了 已恢复 恢复了 刚开机 开机了");
        // 回头再对一下人数: the figure will come later.
        t.add(Cue.DEFER, "回头再 再对一下 再对下 再核对 核对一下");
        // Food ran out or not enough: 就剩面条了, 只剩米饭 (就剩5个人, 只剩我们队 are people, not food).
        for (String w : new String[] {"就剩", "光剩", "只剩", "就剩下", "只剩下"}) {
            t.guarded(Cue.MEAL_PROBLEM, w, "", new String[0], FOOD);
        }
        t.add(Cue.MEAL_PROBLEM, "吃光了 没菜了 没饭了 饭没了 菜没了 没有菜了 都卖完了 没吃饱 清淡 少油 少辣 无糖");
        // 5个人没吃 is the past; 没吃上 is a problem.
        t.guarded(Cue.PAST, "没吃", "还", new String[] {"上", "饱"}, null);
        // 热水没有了: a thing that is not there, at the end of what is said of it.
        t.guarded(Cue.PROBLEM, "没有", "有", new String[0], "了啊呀,，。!！ \n");
        // Supplies asked for: something to lend, give or provide (能不能借两个, 能提供几把椅子吗).
        t.add(Cue.PROVIDE, "借 提供 多给 再给 给几 给点 给些 给一些 送几 送点 送些 拿几 拿点 准备几 准备点 准备些 准备一些 发几 发点 需要一些");
        // Supplies asked for.
        t.add(Cue.TOPIC_OTHER, "伞 雨衣 毛毯 毯子 纸巾 口罩 暖宝宝 充电宝 插线板 冰袋 椅子 帐篷 矿泉水 饮用水");
        t.guarded(Cue.REQUEST, "麻烦", "", new String[] {"问", "你问", "您问", "打听", "咨询"}, null);
        // 跟各位领导汇报一下: a liaison addressing the leaders reports; 各位领导… alone opens a notice.
        for (String w : new String[] {"各位领导", "各位联络员", "各位同事"}) t.guarded(Cue.NOTICE, w, "跟向给和同", new String[0], null);
        // 吃完饭就走, 吃完直接走: eating first, then something else, is no past; nor is 闭幕式前吃完, 要吃完 (a plan).
        t.guarded(
                Cue.PAST,
                "吃完",
                "前要得能须",
                new String[] {"就", "再", "后", "以后", "饭就", "饭再", "饭后", "了就", "了再", "直接", "饭直接"},
                null);
        // 中午不回: not back for the meal.
        t.guarded(Cue.CANCEL, "不回", "", new String[0], " ,，。!！\n");
        // 宁夏队已送走, 刚送站了: seen off is gone.
        t.add(Cue.DEPART, "送走 送上车了 送站了 送到车站了 送到机场了");
        // 回程车票买好了, 今天返程日: the return tickets or the day of return, not the return itself.
        for (String w : new String[] {"返程", "回程"})
            t.guarded(Cue.DEPART, w, "", new String[] {"车票", "票", "日", "机票", "的票", "的机票", "的车票"}, null);
        // 出发去车站了: going to the station is leaving, unless to meet someone there.
        t.guarded(Cue.DEPART, "去车站", "", new String[] {"接"}, null);
        // 晚饭人数有误，应该是36人, 车上数错了 其实到了46个: the figure said before was wrong.
        t.add(Cue.CORRECTION, "有误 有错 搞错了 弄错了 数错了");
        // 30人，哦不，33人: a bare 不 after an interjection takes the figure before it back.
        for (String w : new String[] {"哦不", "噢不", "喔不", "呃不", "不不"})
            t.guarded(Cue.CORRECTION, w, "", new String[0], " ,，。!！\n、");
        // 少了 2 个 哦 是3个 (哦，是3个: SelfCorrection.ohThenIs): an interjection said apart, then 是 and a figure, says the
        // figure meant instead.
        for (String w : new String[] {"哦 是", "噢 是", "喔 是", "呃 是"})
            t.guarded(Cue.CORRECTION, w, "", new String[0], "0123456789一二两三四五六七八九十 ");
        // 大概两点多点到 具体2点20: a time said exactly after a rough one, in the same statement, replaces it.
        for (String w : new String[] {"具体", "准确", "确切", "具体是", "准确是", "确切是"})
            t.guarded(Cue.CORRECTION, w, "，,。；;！!\n", new String[0], "0123456789一二两三四五六七八九十");
        // 6间房给了别的团, 车被调走了, 热水咋整都不出来: a room, a car or a supply taken or not coming.
        t.add(Cue.PROBLEM, "给了别的 给别的团 给别的队 被占了 被占用 被调走 调走了 被开走 被借走 只有一台车 只有一辆车 只剩一台车 不出来 洗不了 没地方放");
        // 刘师傅电话打不通: the driver unreachable is a vehicle matter; 维修师傅电话打不通, 空调师傅: a repairman is no driver.
        for (String w : new String[] {"师傅电话", "师傅的电话", "师傅手机"})
            t.guarded(Cue.TOPIC_VEHICLE, w, "修理电调", new String[0], null);
        // 已协调…加一床被子: a coordinator reporting what was arranged asks no one to act.
        t.add(Cue.RESOLVED, "已协调 已经协调 已联系好 已跟 已和");
        t.add(Cue.NOTICE, "各联络员 联络员注意 各位注意");
        // 各位早上好 今天是比赛最后一天, 谢谢各位 今天报到顺利, 请随车联络员…到位: words to everyone.
        t.add(Cue.NOTICE, "各位早上好 各位上午好 各位晚上好 谢谢各位 感谢各位 提醒一下 有事可以过去");
        // 有位代表头晕…请随车联络员过来一下: one liaison asked to come, no word to everyone.
        t.guarded(Cue.NOTICE, "请随车联络员", "", new String[] {"过来", "来一下", "过去一下"}, null);
        // 中午莫得人回来吃饭: nobody eats that meal.
        t.add(Cue.CANCEL, "莫得人 没得人 没人回来吃 没有人回来吃");
        // 不用宵夜: no need of that meal (不用早出门, 不用早走: no need to set off early, no meal).
        t.guarded(
                Cue.CANCEL,
                "不用",
                "",
                new String[] {"早点", "早起", "早出", "早走", "早去", "早到", "早集合", "早过", "早回", "早动身", "早上车", "晚点", "晚回"},
                "早午中晚宵夜");
        // Food that is no meal: its figure is not a meal's.
        t.add(Cue.SNACK, "下午茶 茶歇 水果 点心 零食 饮料 矿泉水 饮用水 个菜 道菜 盘菜 加菜");
    }
}
