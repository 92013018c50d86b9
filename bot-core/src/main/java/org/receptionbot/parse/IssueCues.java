package org.receptionbot.parse;

/** Cue words of problems and requests and of what they are about (health, hygiene, rooms, vehicles, meals, belongings). */
final class IssueCues {

    /** Luggage, said by itself or counted (2件行李, 三个箱子). */
    private static final String[] LUGGAGE = {"行李", "箱子", "行李箱", "托运"};
    /** What is said of luggage that did not come off the plane or cannot be found. */
    private static final String[] LUGGAGE_GONE = {
        "没出来", "还没出来", "少了", "少一件", "少两件", "找不到", "找不着", "不见了", "没拿到", "没领到", "丢了", "丢失"
    };

    private IssueCues() {}

    /** "其他没有忌口", "都没忌口": a diet said to be none is no diet. */
    static void noDiet(java.util.List<CueTable.Hit> hits, String text) {
        hits.removeIf(h -> h.cue() == Cue.MEAL_PROBLEM
                && text.startsWith("忌口", h.start())
                && (text.startsWith("没有", h.start() - 2) || text.startsWith("没", h.start() - 1)));
    }

    static void register(CueTable t) {
        t.add(
                Cue.HEALTH,
                "中毒 上吐下泻 拉稀 高原反应 昏迷 休克 发烧 发热 高烧 低烧 生病 受伤 摔伤 摔倒 扭伤 崴脚 崴了 骨折 流血 出血 晕倒 昏倒 头晕 头疼 头痛 肚子疼"
                        + " 肚子痛 胃疼 胃痛 腹泻 拉肚子 呕吐 吐了 感冒 咳嗽 中暑 不舒服 身体不适 急救 救护车 打120"
                        + " " + IssueWords.UNWELL_BY_DEGREE
                        + " 吃药 买药 送药 药品 血压 心脏 抽筋 晕车 牙疼 低血糖 高血压 血糖低");
        t.add(
                Cue.HYGIENE,
                "气味 异味 味道很大 味道大 难闻 臭 很脏 太脏 脏了 好脏 不干净 灰尘 蟑螂 老鼠 苍蝇 蚊子 堆放 杂物 乱堆 乱放"
                        + " 脏乱 清理 很乱 太乱 好乱 乱七八糟 杂乱 堆满 卫生很差 卫生差 卫生不好 发霉 霉味 烟味");
        t.add(Cue.MEAL_PROBLEM, "清真 素食 素餐 吃素 不吃辣 不吃猪肉 没吃上 吃不上 没饭 不够吃 饭不够 菜不够 饭菜不够 不新鲜" + " 没吃的 吃不饱 少数民族餐 过期 没有饭");
        // 菜凉了: food gone cold; 着凉了, 受凉了: people caught cold (an illness).
        t.guarded(Cue.MEAL_PROBLEM, "凉了", "着受", new String[0], null);
        t.add(Cue.HEALTH, "着凉 受凉");
        t.add(Cue.OTHER_PROBLEM, "丢了 丢失 遗失 被偷 走丢 走失 投诉 失联 落在 落下了 忘在 丢在");
        // 手机掉车上了, 钱包落车上了, 包掉在大巴上: belongings left on a vehicle (掉 alone is 去掉, 减掉).
        t.add(Cue.OTHER_PROBLEM, "落车上 丢车上 忘车上 落大巴 丢大巴 忘大巴");
        t.followedBy(Cue.OTHER_PROBLEM, "掉", "车在到大");
        t.add(Cue.TOPIC_OTHER, "服装 比赛服 证 手机 行李 钱包 物品 衣服 装备 器材 队服 护照 充电器 雨伞");
        // 托运行李没出来, 行李少了一件, 有三个箱子找不到了, 7号车上落了一个行李箱: luggage missing at the airport or left
        // on a bus is lost property to trace, not a vehicle fault (行李车还没到 is the luggage van's, see TOPIC_VEHICLE).
        t.add(Cue.TOPIC_OTHER, "箱子 行李箱 托运");
        for (String bag : LUGGAGE) for (String gone : LUGGAGE_GONE) t.add(Cue.OTHER_PROBLEM, bag + gone);
        t.add(Cue.OTHER_PROBLEM, "车上落了 车上丢了 车上忘了");

        // 包落在车上了; 打包, 打个包 is packing food (see CueWord#excluded).
        t.guarded(Cue.TOPIC_OTHER, "包", "打", new String[0], null);
        t.add(
                Cue.PROBLEM,
                "没有洗漱 缺少 潮湿 太潮 睡不着 不认识路 不认路 找不着 开错 走错 迷路 绕路 找不到 打不开 打不通 联系不上 没人接 坏了 坏掉 损坏 故障 不能用 用不了 锁在 反锁 进不去 进不了 开不了 没找到 没看到 没看见 不好用 不亮 不出水 不热 没有车牌 没车牌 无牌 没有挂牌 没拿到 没领到 没送到 没发到 还没发"
                        + " 没挂牌 迟到 还没到 没到 未到 一直没 还没 没有热水 没热水 没有暖气 没暖气 太冷 太热 很冷 冻 受不了"
                        + " 漏水 漏雨 在漏 漏得 渗水 停电 停水 堵 太吵 很吵 不够 只剩 没人管 不行 有问题 出问题 反映"
                        + " 不制冷 不制热 不工作 没反应 太薄 太硬 太小 不通 没电 不干 打不着 没信号 不能上网 上不了网");
        // 门卫说有1位不在名单上 不让进: someone refused at the door (GateRefusals).
        t.add(Cue.PROBLEM, String.join(" ", GateRefusals.REFUSED));
        // 等了半小时 is a wait too long; 不等了 is the wait given up, a decision, no problem.
        t.guarded(Cue.PROBLEM, "等了", "不", new String[0], null);
        // 没来 is people not come; 没来得及报 is a report late, no one missing.
        for (String w : new String[] {"还没来", "没来"}) t.guarded(Cue.PROBLEM, w, "", new String[] {"得及"}, null);
        // 有忌口的请报: a diet; 无忌口, 不忌口, 其他没有忌口: none (see #noDiet).
        t.guarded(Cue.MEAL_PROBLEM, "忌口", "无不", new String[0], null);
        // 今晚山庄没人吃: nobody eating a meal is the meal cancelled (MealCancelCues), no one missing; 9号车没人坐: an empty
        // bus is its count of 0, no one missing.
        t.guarded(Cue.PROBLEM, "没人", "", new String[] {"吃", "坐", "乘"}, null);
        t.add(Cue.BROKEN, "堵 坏了 坏掉 损坏 故障 漏水 在漏 漏得 渗水 关不上 锁不上 关不了 关不严 冲不下去 冲不走 下不去 不出水 打不开 不能用 用不了 不亮 不制热 不制冷 锁坏");
        t.guarded(Cue.BROKEN, "不通", "打拨", new String[] {}, null);
        t.add(Cue.PROBLEM, "放错 送错 拉错 接错 停错 冲不下去 冲不走 下不去 没收到 没有收到 没接到 没通知到 不知道怎么走 没声音 没有声音 黑屏 连不上 放不了 不显示 没反应");
        t.add(Cue.OTHER_PROBLEM, "没收到 没有收到 没接到");
        t.add(Cue.TOPIC_OTHER, "投影 话筒 麦克风 打印机 音响 电脑 屏幕 大屏 设备 横幅 名单 资料 材料");
        // 桌牌名字写错了: a table card, seat card or badge with a wrong name is for someone to redo.
        t.add(Cue.TOPIC_OTHER, "桌牌 席卡 座签 座位牌 名牌 胸牌 代表证 参会证 胸卡");
        // 空调能调高点吗: a setting asked to be turned up or down.
        t.add(Cue.REQUEST, "调高 调低 调大 调小 开大点 开小点 关小点");
        // 房间谁对接一下: someone asked to take the matter on.
        t.add(Cue.REQUEST, "谁对接 谁来对接 谁跟进");
        t.add(Cue.REQUEST, "谁能 联系下 联系一下 找人 能帮 来看看 能不能 能否 可否 可不可以 可以吗 请帮 帮忙 帮我们 协调 希望 尽快 请安排 安排一下 处理一下");
        t.add(Cue.PROBLEM, "延后 延迟 推迟 更换 调换 换一 换个 换房 没打扫 没收拾 不对 不见了 丢 没有被子 不够用");
        // 车上数错了 其实到了46个: people counted wrong is a figure taken back, no problem; 有一位坐错了上了我们车, people
        // on the wrong bus, are sorted out by the liaisons (WrongBusAfterCount), no problem either.
        t.guarded(Cue.PROBLEM, "错了", "数坐搭", new String[0], null);
        // 晚点再发, 晚点过去吃: 晚点 before a verb is "later"; a delay is 晚点了, 晚点20分钟, 晚点半小时.
        t.guarded(Cue.PROBLEM, "晚点", "", new String[0], PlainWords.AFTER_DELAY);
        PlainWords.register(t);
        IssueWords.register(t);
        IssueSayings.register(t);
        HeatingFaults.register(t);
        // 赶车, 动车, 火车, 车次, 车票, 行李车: catching a train or a bus, a train, its number or ticket, the luggage van,
        // no vehicle of the event.
        t.guarded(Cue.TOPIC_VEHICLE, "车", "赶动火李", new String[] {"次", "票"}, null);
        t.add(Cue.TOPIC_VEHICLE, "大巴 车牌 接站 接机 送站 送机 班车");
        // 行李车还没到啊 我们十点就要走了: the luggage van not come is a vehicle to chase, whatever its load.
        // 西藏的房退不了: the check-out the hotel cannot complete is a room matter to act on.
        String stuck = "房退不了 房间退不了 退不了房 房退不掉 退房退不了 退房办不了";
        t.add(Cue.PROBLEM, stuck);
        t.add(Cue.ROOM_ITSELF, stuck);
        t.add(Cue.TOPIC_VEHICLE, "行李车还没到 行李车没到 行李车还没来 行李车没来 行李车找不到 行李车联系不上");
        // 广东的中巴又找不到了, 考斯特还没来: a bus named by its kind.
        t.add(Cue.TOPIC_VEHICLE, "中巴 小巴 考斯特");
        // 司机还没吃, 司机的午饭: the driver as a diner, no vehicle matter.
        t.guarded(Cue.TOPIC_VEHICLE, "司机", "", IssueWords.DINER, null);
        t.add(
                Cue.TOPIC_ROOM,
                "隔壁 睡 用品 热水 空调 暖气 床 被子 被褥 枕头 毛巾 卫生间 洗手间 厕所 马桶 淋浴 洗澡 门锁 开门 入住 续住 住宿 电视 插座"
                        + " 窗 WIFI 网络 上网 灯 水压 隔音 电梯 停水 停电 洗漱 退房");
        // 在宾馆门口等: a hotel named as the place where people wait is no room matter.
        for (String hotel : new String[] {"酒店", "宾馆", "民宿"}) {
            t.guarded(Cue.TOPIC_ROOM, hotel, "", new String[] {"门口", "大门", "大堂", "楼下", "外", "前", "停车场"}, null);
        }
        t.add(Cue.ROOM_ITSELF, "客房 房内 热水 暖气 卫生间 洗手间 厕所 马桶 淋浴 门锁 房卡 被子");
        // 回房间拿电脑的回来了 东门找不到7号车了: the room someone went back to fetch a thing is no room matter.
        t.guarded(Cue.ROOM_ITSELF, "房间", "回", new String[0], null);
        t.guarded(Cue.ROOM_ITSELF, "回房间", "", new String[] {"拿", "取"}, null);
        // 车钥匙找不到了: the key of a vehicle is the vehicle's, not a room's.
        t.guarded(Cue.TOPIC_ROOM, "钥匙", "车", new String[0], null);
        t.guarded(Cue.ROOM_ITSELF, "钥匙", "车", new String[0], null);
        t.add(Cue.TOPIC_VEHICLE, "车钥匙");
        t.add(Cue.TOPIC_MEAL, "饭 餐 菜 吃 食 面条 盒饭");
        t.add(Cue.TOPIC_ADMIN, "发票 开票 报销 收据 结算 付款 押金 盖章 登记 补登");
        // 延迟退房到下午4点: a late check-out asked for is a room matter to act on.
        t.add(Cue.PROBLEM, "延迟退房 延时退房 晚点退房 推迟退房 延后退房 延期退房");
        // 增加住房10间, 加两间房: a request for more rooms is a room matter to act on.
        // 5号车又没油了, 刹车吱吱响, 8号车没有等我们: a vehicle fault or a bus that left its riders behind.
        t.add(Cue.PROBLEM, "没油 油不够 异响 吱吱响 吱吱叫 刹车失灵 刹车不灵 没等我们 没有等我们 有点问题 有些问题");
        // 右后胎扎了个钉子, 发动机故障灯亮了, 开去修理厂看看, 想去换雪地胎: a driver's vehicle fault or repair, said
        // without 坏了, keeps the bus from its riders for a while.
        t.add(Cue.PROBLEM, "扎钉 扎了钉 扎了个钉 扎了颗 扎了根 胎扎了 补胎 换胎 换轮胎 换雪地胎 漏气 故障灯 报警灯 警示灯 胎压 刹车片");
        // 车胎好像没气了, 轮胎瘪了, 早上打不着火, 电瓶没电了 发动不了, 车趴窝了: a vehicle that will not go, said plainly.
        t.add(
                Cue.PROBLEM,
                "胎没气 胎没有气 胎好像没气 胎没什么气 胎瘪 瘪胎 打不着火 点不着火 着不了火 打不了火 发动不了 发动不起来" + " 启动不了 启动不起来 电瓶没电 电瓶亏电 趴窝 开不动了");
        // 车胎还是没气, 电瓶又没电了: the same fault said as still or again so.
        String[][] faults = {{"胎", "没气", "没有气", "瘪"}, {"电瓶", "没电", "亏电"}};
        for (String[] f : faults)
            for (String still : new String[] {"还是", "还", "又", "仍然", "仍", "依然", "依旧", "一直"})
                for (int k = 1; k < f.length; k++) t.add(Cue.PROBLEM, f[0] + still + f[k]);
        // 张师傅说下午不能出车了: a driver who cannot drive leaves the riders without their bus.
        t.add(Cue.PROBLEM, "不能出车 出不了车 没法出车 无法出车 出不来车 开不了车 不能开车");
        // 房卡失效了, 还有两个房间也吵, 床单上有长头发 感觉没换过: a room fault, noise or bedding not changed.
        t.add(Cue.PROBLEM, "失效了 刷不开 也吵 有点吵 挺吵 也很吵");
        t.add(Cue.HYGIENE, "长头发 有头发 头发丝 没换过 没有换过");
        // 1206和1208房间早上到现在还没打扫 毛巾也没换: towels not changed in a room in use is its cleaning, not a room fault.
        t.add(Cue.HYGIENE, "毛巾没换 毛巾也没换 毛巾都没换 毛巾没有换 毛巾也没有换 浴巾没换 浴巾也没换");
        t.add(Cue.PROBLEM, "加房 增加住房 增加房间 增加客房 加住房 加开 多开 加订 多订 爆胎 抛锚 熄火 追尾 剐蹭 出事故");
        t.add(Cue.ONGOING, "现在 目前 至今 仍 一直 到现在 还是 还没 依然");
        // Complaints with no keyword of their own (屋里冷得要命, 有股怪味) and "as planned" said as all present.
        t.add(Cue.TOPIC_ROOM, "屋");
        t.add(Cue.PROBLEM, "冷得 热得 吵得 冷死 热死 吵死 好冷 好热 好吵 特别冷 特别热 特别吵 非常冷 非常热 非常吵");
        t.add(Cue.HYGIENE, "怪味 股味 臭味 味儿大 味很大 味道很重 味儿很重");
        // 走廊有好多烟头和外卖盒 一直没人收: litter left lying is a mess to clean (烟头请勿乱扔 is a notice).
        for (String litter : new String[] {"烟头", "烟蒂", "外卖盒", "外卖垃圾"})
            t.guarded(Cue.HYGIENE, litter, "扔丢", new String[] {"请", "不要", "别", "勿", "禁止", "统一", "放"}, null);
        t.add(Cue.AS_PLANNED, "全部都在 全都在 人都在 全员都在");
        t.guarded(Cue.AS_PLANNED, "全员", "", new String[] {}, "，,。 \n吃就用都正照");
        // 明天早饭也全部, 今晚全部: the whole group ending the clause is everyone as planned (全部用餐 is read by its figure).
        t.guarded(Cue.AS_PLANNED, "全部", "", new String[] {}, "，,。 \n");
    }
}
