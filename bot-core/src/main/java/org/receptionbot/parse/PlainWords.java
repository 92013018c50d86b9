package org.receptionbot.parse;

/**
 * Problems and requests said in everyday words, with no keyword of the issue tables (扭到脚了, 电话也关机,
 * 就剩面条了, 能不能给几把伞), and food that is no meal of the event (下午茶, 水果).
 */
final class PlainWords {
    /** What may follow 晚点 when it is a delay (晚点了, 晚点20分钟, 晚点半小时, 车晚点); before a verb it is "later". */
    static final String AFTER_DELAY = "了啦很太好,，。!！?？ \n0123456789一二两三四五六七八九十半几";

    private static final String[] FIGURES = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "一", "两", "二", "三", "四", "五", "六", "七",
        "八", "九", "十", "几", "个", "人"};

    private PlainWords() {}

    static void register(CueTable t) {
        // Hurt or ill, said of the body.
        t.add(Cue.HEALTH, "扭到 扭了 崴到 摔了 摔到 跌倒 跌伤 撞伤 碰伤 划伤 割伤 烫伤 拉伤 伤到 伤了 受了伤 疼 痛 肿了 流鼻血 呼吸困难 喘不上气");
        // Someone lost or unreachable.
        t.add(Cue.UNREACHABLE, "关机 失联 联系不上 联系不到 找不到人 打不通 没人接 不接电话 不回消息 人不见了");
        // Food ran out, not enough, people not fed (就剩5个人 is people, not food).
        for (String w : new String[] {"就剩", "光剩", "只剩下", "就剩下"}) t.guarded(Cue.MEAL_PROBLEM, w, "", FIGURES, null);
        t.add(Cue.MEAL_PROBLEM, "吃光了 没菜了 没饭了 饭没了 菜没了 没有菜了 还没吃 人没吃 个没吃 位没吃 没吃饭 没得吃 都卖完了");
        // Supplies asked for.
        t.add(Cue.TOPIC_OTHER, "伞 雨衣 毛毯 毯子 纸巾 口罩 暖宝宝 充电宝 插线板 冰袋 椅子 帐篷 矿泉水 饮用水");
        t.guarded(Cue.REQUEST, "麻烦", "", new String[] {"问", "你问", "您问", "打听", "咨询"}, null);
        // 出发去车站了: going to the station is leaving, unless to meet someone there.
        t.guarded(Cue.DEPART, "去车站", "", new String[] {"接"}, null);
        // 30人，哦不，33人: a bare 不 after an interjection takes the figure before it back.
        for (String w : new String[] {"哦不", "噢不", "喔不", "呃不", "不不"}) t.guarded(Cue.CORRECTION, w, "", new String[0], " ,，。!！\n、");
        // Food that is no meal: its figure is not a meal's.
        t.add(Cue.SNACK, "下午茶 茶歇 水果 点心 零食 饮料 矿泉水 饮用水");
    }
}
