package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * Issue words said in everyday language and the guards that keep a topic word from reading as a
 * problem: care at a hospital (a reason, not an illness, beside a report), food allergies (a diet),
 * things not found (没找着, 人影都没有), faults of a fitting (地漏返味), paperwork (介绍信), fields of
 * work inside a name (污水处理), the kitchen (厨房 is no room); a list of people asked to be sent ({@link ListAsked}).
 */
final class IssueWords {
    /** Characters before 过敏 that make it a food: 海鲜过敏, 花生过敏, 鸡蛋过敏 (a diet, not an illness now). */
    private static final String FOOD_BEFORE_ALLERGY = "鲜虾蟹贝鱼蛋奶生果麦豆肉椒菇菌葱蒜姜糖";

    /** What may follow 过敏 to say which food is kept off (过敏 不能吃海鲜, 过敏，不吃花生, 过敏 忌海鲜). */
    private static final String[] DIET_AFTER_ALLERGY = dietAfterAllergy();

    /** What follows 司机 when the driver is a diner (司机还没吃, 司机的盒饭). */
    static final String[] DINER = {"还没吃", "没吃", "吃", "也吃", "要吃", "用餐", "就餐", "的饭", "的餐", "的盒饭", "的午饭", "的晚饭", "的早饭"};

    /** Venues of the games: a door or fitting there is no room matter (体育馆, 训练馆, 比赛场地). */
    static final String[] VENUES = {
        "体育馆",
        "体育场",
        "场馆",
        "训练馆",
        "训练场",
        "比赛场地",
        "比赛馆",
        "赛场",
        "球场",
        "游泳馆",
        // 会场空调太冷了: the meeting's hall, no room.
        "会场",
        "会议室",
        "报告厅",
        "大会堂",
        "礼堂"
    };

    /**
     * Discomfort said with a degree word between 不 and 舒服 ("身体不太舒服", "不大舒服", "不是很舒服"): discomfort all the
     * same, as 不舒服.
     */
    static final String UNWELL_BY_DEGREE = "不太舒服 不大舒服 不怎么舒服 不是很舒服 不是太舒服 不咋舒服 不很舒服 有点不舒服 有点儿不舒服 有些不舒服 有一点不舒服";

    /** 把 … 名单/人数 … 发我一下, 发过来, 发给我们, 发一份. */
    static final Pattern LIST_SENT =
            Pattern.compile("把[^，。,；;！!？?]{0,24}?(?:名单|花名册|人数|信息表)[^，。,；;！!？?]{0,16}?(?:发|传)(?:我|给我|过来|一下|一份|给我们)");
    /** 核一下名单发给我们, 核对一下名单: the list asked to be checked. */
    static final Pattern LIST_CHECKED = Pattern.compile("核(?:对|实)?(?:一下|一遍)?名单");
    /** A list said by whoever sends it: done or promised (我马上把名单发您). */
    static final Pattern LIST_OWN = Pattern.compile("我(?:们)?(?:这边|马上|这就|稍后|等下|等会|一会儿?|已经|今晚|明早)?把");

    private IssueWords() {}

    private static String[] dietAfterAllergy() {
        java.util.List<String> after = new java.util.ArrayList<>();
        for (String gap : new String[] {"", " ", "，", ",", "、", "。"})
            for (String diet : new String[] {"不能吃", "不吃", "吃不了", "忌", "不能碰", "不能沾"}) after.add(gap + diet);
        return after.toArray(String[]::new);
    }

    static void register(CueTable t) {
        // 医院, 陪护, 复查, 随队医生: health only when someone needs it (IssueRules); beside a report it is the reason.
        t.add(Cue.CARE, "医生 队医 大夫 医院 就医 看病 陪护 陪床 陪同就医 复查 复诊 住院 输液 挂水 打点滴 体检 拍片 卫生院 诊所 医务室");
        // 海鲜过敏: a diet for the kitchen; 过敏了, 皮肤过敏: someone ill now.
        // 有个队员过敏 不能吃海鲜: an allergy followed by the food kept off the plate is a diet too.
        t.guarded(Cue.HEALTH, "过敏", FOOD_BEFORE_ALLERGY, DIET_AFTER_ALLERGY, null);
        t.add(Cue.HEALTH, "过敏了 过敏反应 起疹子 起红疹 出疹子 吃坏了 吃坏肚子 食物中毒");
        // 需要一个会维吾尔语的志愿者帮忙翻译: an interpreter asked for.
        t.add(Cue.TOPIC_OTHER, "翻译 讲解员");
        // 陪队员去医院看病了: the visit to the doctor, care; 他病了: ill.
        t.guarded(Cue.HEALTH, "病了", "看", new String[0], null);
        for (char food : FOOD_BEFORE_ALLERGY.toCharArray()) {
            t.guarded(Cue.MEAL_PROBLEM, food + "过敏", "", new String[] {"了", "反应"}, null);
            t.guarded(Cue.MEAL_PROBLEM, food + "类过敏", "", new String[] {"了", "反应"}, null);
        }
        t.add(
                Cue.MEAL_PROBLEM,
                "不能吃海鲜 不吃海鲜 不能吃花生 不吃花生 不能吃鸡蛋 不吃鸡蛋 不能吃辣 不吃牛肉 不吃羊肉 不吃香菜 不吃葱 单独做 单独准备 另做一份 单做一份 穆斯林 难吃 不好吃 太咸 太油 太辣 太淡"
                        + " 不太能吃 没法吃 吃不惯 不合口味 没熟 夹生 馊了 变味了");
        // Someone ill now, a problem even when the message asks about it (晕车吐了 有没有晕车药).
        for (String w : ("晕车 吐了 头晕 头疼 头痛 胃疼 胃痛 肚子痛 不舒服 过敏了 呼吸困难 " + UNWELL_BY_DEGREE).split(" "))
            t.guarded(Cue.ILL, w, "", new String[] {"的"}, null);
        t.add(Cue.PRAISE, "点赞 表扬 好评 人很好 人真好 很热情 很负责 很给力 太给力 赞一个");
        // Cleaning asked for or not done.
        t.add(Cue.CLEAN, "打扫 清扫 清理 保洁 收拾 拖地 拖一下 擦一下");
        // Looked for and not found (没找着6号车, 约的八点 人影都没有): a problem even when asked about.
        String notFound = "没找着 没找见 没寻着 没看着 没见着 没见到 人影都没 影子都没 连个影 连个人影 不见踪影 没露面";
        t.add(Cue.MISSING, notFound);
        t.add(Cue.PROBLEM, notFound);
        // 房卡领不到, 住不进去: what was due cannot be had.
        // 续住一晚: the stay extended, for the hotel to act on.
        t.add(Cue.PROBLEM, "续住 多住一 延住");
        // 还得住一晚 麻烦续一晚, 能不能帮忙叙一晚 (the pinyin slip): a night more asked of the hotel.
        String night = "续一晚 续一天 续一夜 续两晚 续两天 叙一晚 叙一天 再住一晚 再住一天 再住一夜";
        t.add(Cue.PROBLEM, night);
        t.add(Cue.TOPIC_ROOM, night);
        // 房间没好 等半小时了: a room not ready.
        t.add(Cue.PROBLEM, "房间没好 房间还没好 房间没弄好 房间还没弄好 房还没好");
        t.add(Cue.PROBLEM, "领不到 拿不到 取不到 要不到 办不了 住不进 入住不了 没法入住 办不了入住");
        // 地漏往上返味: a drain or pipe at fault, a fitting of the room even when it smells.
        t.add(Cue.BROKEN, "返味 反味 返臭 反臭 冒臭 倒灌 返水 反水 冒水 溢水 渗水");
        t.add(Cue.PROBLEM, "返味 反味 返臭 反臭 冒臭 倒灌 返水 反水 冒水 溢水 渗水");
        t.add(Cue.TOPIC_ROOM, "地漏 下水道 下水口 水管 水龙头 花洒 洗手池 洗脸池 浴缸");
        // 房 of the room, not of the kitchen or the ticket office (厨房, 票房).
        t.guarded(Cue.TOPIC_ROOM, "房", "厨库药机票账书营", new String[0], null);
        // 调度那边没人接电话: the dispatcher of the cars.
        t.add(Cue.TOPIC_VEHICLE, "调度");
        // Paperwork: letters, stamps, certificates.
        t.add(Cue.TOPIC_ADMIN, "介绍信 证明信 公函 开证明 开个证明 盖章 盖个章 公章 的章");
        // 找谁办: who will do it, a request to act.
        t.add(Cue.REQUEST, "找谁办 找谁开 找谁盖 找谁处理 找谁解决 找谁弄 找谁签");
        t.add(Cue.CLEAN, "没扫 没拖地");
        t.add(Cue.PROBLEM, "没扫 没拖地");
        t.add(Cue.MEAL_PROBLEM, "没东西吃");
        // 够不够住: a question offering a choice asks, it reports nothing.
        t.add(Cue.QUESTION, "够不够");
        // 污水处理经验交流会, 垃圾分类: a field of work inside a name is no mess.
        String[] field = {"处理", "治理", "分类", "管理", "回收", "焚烧", "填埋", "厂", "站", "中心", "公司", "项目", "工程", "设施", "管网"};
        t.guarded(Cue.HYGIENE, "污水", "", field, null);
        t.guarded(Cue.HYGIENE, "垃圾", "", field, null);
        HandledAndNoticeWords.reminders(t);
        // 热水一直不来 谁管一下, 参赛证没拿到 这个谁负责发一下: who will act, asked after a problem.
        t.add(Cue.REQUEST, "谁管一下 谁管管 谁来管 谁负责 谁来处理 谁处理一下 谁来弄 谁给弄 谁给解决 谁能管");
        t.add(Cue.REQUEST, "有没有人管 有人管没 有人管吗 有人管一下吗");
        // 热水器不出热水, 不知道哪里漏的: a supply of the room that does not come, a leak.
        t.add(Cue.BROKEN, "不出热水 出不来热水 没出热水 不来热水 哪漏 哪里漏 漏得");
        t.add(Cue.PROBLEM, "不出热水 出不来热水 没出热水 不来热水 哪漏 哪里漏 漏得 冰凉");
        // 卫生间地上全是水: water where it should not be, a leak or a mess (都是水和头发) as the rest says.
        t.add(Cue.HYGIENE, "全是水 都是水 一地的水 一地水 积水");
        // 扭到腰了 附近有没有能看的医生: someone hurt now, a problem even when the message asks about a doctor.
        // 摔了一跤 膝盖破了 要碘伏和创可贴 谁那有: a fall or a graze now, a problem even when the message asks about supplies.
        for (String w : "扭到 闪到腰 闪了腰 腰扭了 脚扭了 拉伤 撞伤 摔伤了 烫伤 割伤 摔了一跤 摔了一下 摔了个跟头 摔倒了 磕破 擦破 划破 破皮 膝盖破".split(" "))
            t.guarded(Cue.ILL, w, "", new String[] {"的"}, null);
        // 脚崴了 肿老高了 咱这有没有队医: a swelling or a sprain now, a problem even when asked about.
        String hurt = "肿了 肿得 肿的老高 肿老高 肿起来 红肿 崴了 崴脚 脚崴 崴到";
        t.add(Cue.HEALTH, hurt);
        for (String w : hurt.split(" ")) t.guarded(Cue.ILL, w, "", new String[] {"的"}, null);
        // 午饭怎么只剩面条了, 27个人就剩一锅面: food run out, a problem even when asked about.
        for (String only : new String[] {"只剩", "就剩", "只剩下", "就剩下", "只有"})
            for (String food : new String[] {"面条", "一锅", "一碗", "馒头", "白饭", "米饭", "咸菜", "稀饭", "一点汤", "汤了"}) {
                t.add(Cue.MEAL_PROBLEM, only + food);
                t.add(Cue.ILL, only + food);
            }
        // 晾衣架断了 能不能换一个: a fitting of the room broken.
        t.add(Cue.TOPIC_ROOM, "晾衣架 衣架 衣柜 窗帘 台灯 吹风机 电吹风 烧水壶 热水壶 保险柜 门把手");
        t.add(Cue.BROKEN, "断了 掉下来了 脱落");
        t.add(Cue.PROBLEM, "断了 掉下来了 脱落");
        // 在服务区走散了, 掉队了: someone lost from the group.
        t.add(Cue.LOST_WAY, "走散 掉队 失散 跟丢");
        t.add(Cue.OTHER_PROBLEM, "走散 掉队 跟丢");
        HandledAndNoticeWords.handled(t);
        // 行李箱堆在消防通道, 走廊堆满杂物: a passage blocked by things is clutter.
        for (String pile : new String[] {"堆在", "堆到", "堆满", "堵在", "堵住", "堵着", "占着"})
            for (String way : new String[] {"通道", "消防通道", "走廊", "楼道", "过道", "楼梯", "安全出口"})
                t.add(Cue.HYGIENE, pile + way);
        t.add(Cue.HYGIENE, "乱堆 乱扔 堆满了 杂物 剩菜剩饭 残羹剩饭 没人收拾 没人打扫 没人清理 没有人收拾 没有人打扫 无人打扫 无人收拾");
        // 胸口闷, 心慌: someone unwell now.
        t.add(Cue.HEALTH, "胸口闷 胸闷 心慌 心口疼 喘不过气 气喘 头晕眼花");
        for (String w : "胸口闷 胸闷 心慌 心口疼 喘不过气 喘不上气 气喘".split(" ")) t.guarded(Cue.ILL, w, "", new String[] {"的"}, null);
        // 账单有问题, 桌签写错了: bills and name cards are paperwork.
        t.add(Cue.TOPIC_ADMIN, "账单 结算单 桌签 座签 席卡 台卡 胸牌 参会证 代表证");
        // 房卡只拿到一半: only part of what was due handed out.
        t.add(Cue.PROBLEM, "只拿到一半 只领到一半 只给了一半 只发了一半 只拿到几 只领到几 只给了几 少给了 少发了");
        // 506的门刷不开: the door of a room.
        t.guarded(Cue.TOPIC_ROOM, "的门", "", new String[] {"口", "卫", "外", "前"}, null);
        t.add(Cue.TOPIC_ROOM, "房门 门卡");
        // 返程机票还没出票: tickets not issued are paperwork.
        t.add(Cue.TOPIC_ADMIN, "出票 票务");
        HandledAndNoticeWords.offers(t);
        // 没赶上车 怎么办: someone left behind by the bus, asking for help.
        t.add(Cue.PROBLEM, "没赶上车 没赶上大巴 没赶上班车 没坐上车 没上上车");
        t.add(Cue.REQUEST, "怎么办 咋办 咋整");
        t.add(Cue.REQUEST, "谁在负责 谁在管 找谁负责");
        HandledAndNoticeWords.warnings(t);
    }
}
