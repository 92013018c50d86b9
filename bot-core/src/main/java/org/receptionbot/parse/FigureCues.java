package org.receptionbot.parse;

import java.util.List;

/** Cue words around figures and plans: head counts, fewer and more diners (the cancel words in {@link MealCancelCues}), changes, corrections, batches, eating, the old plan. */
final class FigureCues {

    /** What may follow 已到 in a head count: a figure, 齐, 了, a pause or the end. */
    private static final String ARRIVED_COUNTED = "0123456789０１２３４５６７８９一二两俩仨三四五六七八九十几 ，,。：:齐了";

    /** Last characters of words compared before 多了 (暖和, 干净, 安静, 舒服, 快, 热闹, 方便, 亮, 凉快, 顺, 宽敞, 轻松). */
    private static final String COMPARED = "和净静服快闹便亮暖热冷凉顺敞松稳香甜淡软硬清楚宽";

    private FigureCues() {}

    static void register(CueTable t) {
        t.add(Cue.HEADCOUNT, "实到 清点 点名 上车 车上 到齐 在车 共计 人数");
        // 3号车已到42人, 已到齐: people arrived, counted; 1号车2号车已到云上门口: a vehicle arrived at a place counts no one.
        t.guarded(Cue.HEADCOUNT, "已到", "", new String[0], ARRIVED_COUNTED);
        // 7车 四十八 齐了: all counted on board; 7号车31人已上齐: all of the figure gone aboard.
        t.add(Cue.HEADCOUNT, "齐了 人齐 上齐");
        t.guarded(Cue.HEADCOUNT, "点过", "晚早一几差快", new String[0], null);
        // 3号车点的40, 点了一下 38人: a count taken on a bus (not 3点的车, 点的菜).
        String figures = "0123456789一二两三四五六七八九十";
        t.guarded(Cue.HEADCOUNT, "点的", figures + "晚早几差快半钟有", new String[0], figures);
        t.guarded(Cue.HEADCOUNT, "点了一下", figures + "晚早几差快半钟有", new String[0], null);
        // 1号车已经上了38位: people gone aboard, the figure right after (not 晚上了, 马上了, 楼上了).
        t.guarded(Cue.HEADCOUNT, "上了", "晚早马楼路线网桌台赶跟", new String[0], figures);
        MealCancelCues.register(t);
        // 少的那个是李处: the one fewer pointed back at ({@link MealAsides}), no fewer diners said again; 没有少, 一个没少:
        // none fewer.
        t.guarded(Cue.FEWER, "少", "多至缺不减没有", new String[] {"数", "量", "许", "报", "的"}, null);
        t.add(Cue.FEWER, "减少 减去 缺席");
        t.guarded(Cue.FEWER, "减", "加增", new String[] {"肥", "少", "去"}, null);
        t.add(Cue.ADD, "增加 新增 添加 加餐 多加 追加 另加 再加 外加");
        // 好多了 is better (a patient), 喝多了 drunk, 吃多了 overfed, 太多了 too many, 差不多了 nearly, 回来都8点多了 past
        // the hour: no more diners; 暖和多了, 干净多了, 安静多了, 快多了: a thing said better than before (a comparative), no
        // more diners either.
        t.guarded(Cue.ADD, "多了", "好喝吃玩睡想太不点" + COMPARED, new String[0], null);
        // 补报 is a report made late: its figure is the meal's count, no more diners (江苏晚饭31个 补报).
        // 晚饭加回3人, 不吃的3个又要吃了: people taken off a meal put back on it.
        t.add(Cue.ADD, "又要吃 又要来吃 又回来吃 又能吃 又可以吃");
        // 中午少两个 晚上加回来: people taken off one meal put back on a later one, with no figure, is that meal as
        // planned (加回3人 adds).
        t.add(Cue.ADD, "加回");
        for (String back : PUT_BACK) t.guarded(Cue.AS_PLANNED, back, "", new String[0], " ,，。!！\n了吧啊");
        // 中午饭要不要报: asking whether to report is no cancel.
        t.guarded(Cue.CANCEL, "不要", "要", new String[] {}, null);
        t.guarded(
                Cue.ADD,
                "加",
                "参增追更多另再外",
                // 6号7号车加起来90个座, 后来加了椅子: seats summed up or chairs added are no diners; 加我微信 adds a contact.
                new String[] {
                    "油", "班", "入", "强", "快", "急", "紧", "深", "餐", "热", "工", "训", "练", "赛", "时", "起来", "椅", "凳", "了椅",
                    "了凳", "了把", "了两把", "了几把", "我微信", "微信", "个微信", "下微信", "一下微信", "群", "个群", "好友", "我好友"
                },
                null);
        // 晚饭50人 回来可能8点多: 多 after the hour is past it (a guessed hour of coming back), no more diners.
        t.guarded(Cue.ADD, "多", "很太较最更许好差不至点", new String[] {"少", "加", "了", "云", "久", "谢"}, "0123456789一二两俩仨三四五六七八九十 ");
        t.add(Cue.CORRECTION, "不对 说错了 写错了 打错了 报错了 更正 纠正");
        // 刚才按错了 中午是少3个, 刚才填错了: a figure keyed or filled in wrong, taken back as one said wrong.
        t.add(Cue.CORRECTION, "按错了 填错了 弄错了 选错了");

        t.add(Cue.DEFER, "晚点报 晚点再报 再报 再补报 再定 再确认 晚点确认 再问问 问问再报 具体人数 具体名单 名单还没出 名单还没定 名单未定 稍后报 回头报 到时候报 之后报");
        // 一会儿报名单, 等齐了再数, 其他团的情况晚点汇总: the figure or the count comes later.
        t.add(Cue.DEFER, "一会儿报 一会报 等会报 等会儿报 待会报 待会儿报 晚点汇总 稍后汇总 了再数 了再清点 了再点人 了再统计");
        // 等下报, 下午一起报, 确认了再说: the sender names when the figure comes; nothing to ask now.
        t.add(Cue.DEFER, "等下报 等一下报 下午报 下午一起报 晚上报 晚上一起报 了再说");
        t.add(Cue.LOST_WAY, "迷路 走丢 走失 找不到路 不认识路 不认路 不知道怎么走 找不到地方 找不到回");
        t.add(Cue.REST, "剩下 其余 其他人 其他的人 剩余 其他同志 其它人 其它的人");
        // 其他在赛场吃, 其它都不吃, 其他28个周五走: the others, said with no 人 (not 其他问题, 其他事).
        for (String w : new String[] {"其他", "其它"})
            t.guarded(Cue.REST, w, "", new String[0], "在都去的自还也就不没0123456789一二两三四五六七八九十");
        t.add(Cue.NEED, "需要");
        t.add(Cue.AMONG, "其中");
        t.add(Cue.ASIDE, "另外 还有就是 顺便");
        // 湖北 中午56 晚上56 哦对了1号车司机电话发我一下: an afterthought opens a statement of its own (not 数对了, 不对了).
        t.add(Cue.ASIDE, "哦对了 噢对了 喔对了 啊对了 诶对了 哎对了 欸对了 对了对了");
        t.guarded(
                Cue.ASIDE,
                "对了",
                "数算说报是就点弄核查校比面反相绝不没做填写搞答猜选找都也全又才再吗哦噢喔啊诶哎欸",
                new String[] {"吗", "吧", "没", "一", "两", "几"},
                null);
        // 山西周三上午走 请问退房最晚几点: a question asked after a report is a statement of its own.
        t.add(Cue.ASIDE, "请问 想问下 想问一下 想问问 问一下 问下 请教一下 想咨询一下 咨询一下");
        // 1号车清点完 31人 应到33 差俩 有谁知道是哪个厅的吗: who is missing, asked after the count.
        t.add(Cue.ASIDE, "有谁知道");
        // 陕西的中饭 三十三 不过晚上我们自己出去吃: a contrast opens a statement of its own, about another meal.
        t.add(Cue.ASIDE, "不过 但是");
        t.add(Cue.THEN, "然后 接着 再一个");
        // …现在说是下午两点半 所以中午饭我们不吃了: what follows 所以 is a statement of its own.
        t.add(Cue.THEN, "所以");
        t.add(Cue.BATCH, "第一批 第二批 第三批 第四批 第一拨 第二拨 第三拨 第一波 第二波 另一批 后一批 另一拨 第一趟 第二趟 第三趟");
        t.add(Cue.MISSING, "找不到 找不着 没找到 没看到 没看见");
        // 14号车被谁开走了, 8号车谁调走了: a vehicle taken away by someone is not to be found.
        t.add(Cue.MISSING, "被谁开走 谁开走了 被谁调走 谁调走了 被人开走 被人调走 谁给开走 谁给调走");
        t.add(Cue.SOON, "马上 快到 快要 一会 待会 等会 这就 即将 在路上");
        t.add(Cue.TALK, "谁懂 在吗 在不在 OK ok 谢谢 感谢 辛苦 欢迎 加油 晚安 早上好 上午好 下午好 晚上好 你好 您好 收到 好的");
        // 兵团中午25人 不好意思: an apology beside a report is talk.
        t.add(Cue.TALK, "不好意思 抱歉 对不起 sorry Sorry 打扰了");
        // 甘肃晚饭29人 刚才忘了报: an excuse for reporting late, beside the report.
        t.add(Cue.TALK, "忘了报 忘记报 忘报了 报晚了 刚才忘了 刚刚忘了 刚忘了 刚才忘记 刚刚忘记 刚刚忘报 刚才忘报");
        // 刚才没来得及报, 漏报了: the same excuse in other words.
        t.add(Cue.TALK, "没来得及报 来不及报 没顾上报 漏报了 忘了说 忘说了 刚才忘说");
        // 是32个 刚才漏算了教练, 32个 忘了算: why the figure was corrected, beside the report.
        t.add(Cue.TALK, "漏算 算漏 忘了算 忘记算 没算上 没算进 刚才漏算 刚刚漏算 刚才算漏 刚才没算");
        t.guarded(Cue.AS_PLANNED, "回来吃", "不没", new String[] {}, null);
        // 晚饭全部回来, 晚上都回来: the whole delegation back for the meal, nothing after, is the meal as planned (都回来了,
        // 没全部回来 and 全部回来吗 are not).
        for (String w : new String[] {"全部回来", "全都回来", "都回来", "全回来"})
            t.guarded(Cue.AS_PLANNED, w, "不没", new String[0], " ,，。!！\n吧啊哈");
        // 中午饭还吃, 中饭也吃, 晚上的饭全部人都吃的: still eating, as planned (not 还吃不吃, 都吃过了, 也吃不上,
        // 都吃素: a diet).
        for (String w : new String[] {"还吃", "也吃", "照吃", "都吃"})
            t.guarded(
                    Cue.AS_PLANNED,
                    w,
                    "",
                    new String[] {
                        "不", "过", "完", "了", "没", "吗", "什么", "啥", "几", "哪", "点", "好", "饱", "上", "得", "素", "辣", "清真"
                    },
                    null);
        // 早饭打包带走: the meal is made for everyone all the same, packed (打包的在前台取, 可以安排打包 and 能打包吗
        // are no report).
        for (String w : new String[] {"打包", "打个包"})
            // 明早打包那事儿别忘了: a reminder of a thing arranged before, no report.
            t.guarded(Cue.AS_PLANNED, w, "排以能", new String[] {"的", "吗", "么", "不", "好", "那事", "那个事", "这事"}, null);
        // 明早正常出车: a vehicle or a service running as usual, no meal as planned.
        t.guarded(Cue.AS_PLANNED, "正常", "", new String[] {"出车", "发车", "开车", "营业", "上班", "运行", "通车"}, null);
        t.add(Cue.AS_PLANNED, "照常 照旧 按原计划 按计划 按原定 不变 没变 没有变化 无变化 维持不变 同前 跟原来一样 和原来一样 按原来 按之前的 跟之前一样 和之前一样");
        t.add(Cue.EAT, "用餐 就餐 报餐 订餐 饭 餐 报 人数");
        // 昨晚吃坏了肚子, 肚子吃坏了: food that made someone ill (a health problem), no meal eaten.
        t.guarded(Cue.EAT, "吃", "", new String[] {"坏"}, null);
        t.add(Cue.HEADER, "接龙 统计");
        t.add(Cue.CHANGE, "提前到 推迟到 延后到 延迟到 改到 改为 改成 调整到 调整为 提前至 推迟至 延后至 改至 延期到 变为 变成 换成 改在");
        // 航班取消 改明天上午10点, 改签到后天: the new day of a train or flight.
        t.add(Cue.CHANGE, "改签到 改签成 改签为 改明天 改后天 改大后天 改明早 改明晚 改今晚 改今天 改下午 改晚上 改上午");
        t.add(Cue.PLANNED, "原定 原计划 原来 本来 计划是 原先");
        // 5个改1个, 6人改4人, 晚饭改2个: the new figure after 改.
        for (String unit : new String[] {"个改", "人改", "位改", "份改", "饭改", "餐改", "宴改"})
            t.guarded(Cue.CHANGE, unit, "", new String[0], "0123456789一二两三四五六七八九十");
    }

    /** People put back on a meal with no figure (晚上加回来): that meal as planned. */
    private static final String[] PUT_BACK = {"加回来", "补回来", "加回去", "补回去"};

    /**
     * 晚上再加回来: the add words inside a put-back with no figure (an {@link Cue#AS_PLANNED} hit of {@link #PUT_BACK})
     * add no one.
     */
    static void putBack(List<CueTable.Hit> hits, String text) {
        if (text.indexOf('回') < 0) return;
        for (int k = 0; k < hits.size(); k++) {
            CueTable.Hit b = hits.get(k);
            if (b.cue() != Cue.AS_PLANNED || b.end() - b.start() < 3 || text.charAt(b.end() - 2) != '回') continue;
            hits.removeIf(h -> h.cue() == Cue.ADD && h.start() >= b.start() - 1 && h.end() <= b.end());
            k = hits.indexOf(b);
        }
    }
}
