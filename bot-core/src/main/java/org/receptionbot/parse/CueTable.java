package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cue words and where they occur in a message. A word may be guarded by characters that must not
 * come right before it (少 after 多 is 多少) and by texts that must not follow it (走 before 廊).
 */
final class CueTable {

    /** One occurrence of a cue word. */
    record Hit(Cue cue, int start, int end) {}

    /** {@code onlyBefore}: the characters one of which must follow (the end of the text too, unless {@code followed}). */
    private record Word(
            String text, Cue cue, String notAfter, String[] notBefore, String onlyBefore, boolean followed) {}

    private final Map<Character, List<Word>> words = new HashMap<>();
    /** The first characters of the words, so most characters of a message skip the map. */
    private final java.util.BitSet firsts = new java.util.BitSet(1 << 16);

    private final EatingAway eatingAway;

    CueTable(EatingAway eatingAway) {
        this.eatingAway = eatingAway;
        add(
                Cue.NOTICE,
                "请各 请提前 请大家 大家注意 提醒大家 请提醒 提醒各 请联络员 请及时 集合 温馨提示 务必 请准时 请按时 请注意" + " 注意保暖 注意安全"
                        + " 各代表团 各代表队 各队 各团 各组 各考察组 各路线 各线路 的代表团 的代表队 各接站 群公告 再次提醒 相互转告 互相转告 请转告 截止");
        // 警卫局刚通知, 请通知接待方: someone told us, or a request to tell someone, is no notice to everyone.
        guarded(Cue.NOTICE, "通知", "刚已请等", new String[] {}, null);
        add(Cue.QUESTION, "吗 什么时候 什么 多少 哪里 哪儿 在哪 怎么 是否 有没有 几个 几位 几人 几号 谁 为何 为什么");
        // 具体几点等通知: the hour is still to come, no question.
        guarded(Cue.QUESTION, "几点", "体", new String[0], null);
        followedBy(Cue.PAST, "吃了", "0123456789一二两三四五六七八九十");
        add(Cue.ASSIGNED, "被分到 分配到 被安排到 安排到 调到");
        add(Cue.PAST, "已经 吃过 用过餐 昨天 昨晚 昨日 前天 刚才 刚刚 已吃 已用餐 已到达 已抵达 已离开 已出发 已返程 已走");
        add(Cue.UNSURE, "可能 也许 或许 不确定 待定 还不知道 不知道 不一定 看情况 如果 要是 假如 万一 说不准 不清楚");
        // 估计很晚了: guessing how late it gets leaves the figure sure.
        guarded(Cue.UNSURE, "估计", "", new String[] {"很晚", "挺晚", "比较晚", "会很晚", "要很晚", "会晚"}, null);
        add(Cue.UNDECIDED, "还没定 没定 未定 还没确定 没确定");
        add(
                Cue.RESOLVED,
                "分钟后到 马上到 马上过去 马上过来 这就过来 过去了 过去处理 马上安排 正在赶来 已派 已解决 已处理 已修好 已经好了 修好了 已恢复 已打扫 打扫好了 已更换 已经换 已经处理 已安排 没问题 解决了");
        add(Cue.DEPART, "离开 离会 离店 离队 离境 返回 回家 撤离 启程 动身 去机场 去高铁站 去火车站 赶飞机 赶火车 赶早班机 赶航班 赶高铁 赶动车");
        guarded(Cue.DEPART, "退房", "", new String[] {"能", "可", "时", "手", "前", "延", "推", "晚"}, null);
        guarded(Cue.DEPART, "返", "", new String[] {}, "京沪津渝蓉汉穗深杭宁乡家");
        guarded(
                Cue.DEPART,
                "回",
                "来收答退召找挽撤返取带拿送不没别",
                new String[] {
                    "酒", "宾", "驻", "房", "餐", "住", "民", "赛", "大", "来", "复", "答", "应", "头", "到", "收", "个", "事", "电", "信",
                    "去", "忆", "合", "避", "顾", "味", "馈", "程", "国", "家", "吃", "车", "了", "不", "你", "您", "他", "她", "话", "消息",
                    "族", "微信", "一下"
                },
                null);
        guarded(
                Cue.DEPART,
                "走",
                "行退送带拿取抢赶出别不没调借",
                new String[] {
                    "廊", "路", "访", "错", "丢", "失", "动", "进", "出", "过", "到", "向", "开", "神", "散", "走", "不了", "不动", "不稳",
                    "不开", "得动", "高速", "一趟", "趟", "流程", "程序", "后门"
                },
                null);
        add(Cue.ARRIVE, "到达 抵达 来到 抵 报到 落地 降落 到站 进站 下高铁 下飞机 入住了 提前到了 提前抵达 先到了 都到齐了 全部到齐 已到齐");
        add(Cue.DEPART, "先回去 先回了 先撤 撤了 走人 飞回 打道回府 出发回");
        guarded(Cue.DEPART, "回去", "", new String[] {"吃", "休", "拿", "取", "换", "睡", "看", "问", "说"}, null);
        guarded(
                Cue.ARRIVE,
                "到",
                "收实报迟找想做得遇直前后改整期齐到等拿办看听送接感达提延没未至受降升温",
                new String[] {"齐", "时", "底", "处", "位", "期", "手", "大厅", "门口", "餐厅", "楼", "房间", "这", "那", "哪", "现在", "目前"
                },
                null);
        guarded(Cue.ARRIVE, "过来", "", new String[] {"吃", "用", "就", "参", "看", "帮", "玩", "拿", "取", "问", "一下"}, null);
        add(Cue.HEADCOUNT, "实到 清点 点名 上车 车上 到齐 在车 共计 已到 人数");
        guarded(Cue.HEADCOUNT, "点过", "晚早一几差快", new String[0], null);
        add(
                Cue.CANCEL,
                "不吃 不来了 不过来了 不用餐 不就餐 不来吃 不过来吃 在外面吃 在外吃 在外用餐 在外面用餐 在外就餐 在外面就餐 外出吃 外出用餐 外出就餐"
                        + " 不参加 不出席 请假 自行解决 自行用餐 自行就餐 自己解决 自己吃 取消 不要 不用准备 不需要准备 不必准备 别准备 不准备 不用留 不用备 不订 不报 退餐"
                        + " 不在酒店吃 不在宾馆吃 不在餐厅吃 不在这吃 不在驻地吃 不在酒店用餐 不在宾馆用餐 不在餐厅用餐 不在这边吃 不回来吃 不回酒店吃");
        guarded(Cue.CANCEL, "不回来", "", new String[] {"了"}, null);
        guarded(Cue.FEWER, "少", "多至缺不减", new String[] {"数", "量", "许", "报"}, null);
        add(Cue.FEWER, "减少 减去 缺席");
        guarded(Cue.FEWER, "减", "加增", new String[] {"肥", "少", "去"}, null);
        add(Cue.ADD, "增加 添加 加餐 多加 追加 另加 再加 外加 多了");
        guarded(Cue.ADD, "补报", "再", new String[] {}, null);
        guarded(
                Cue.ADD,
                "加",
                "参增追更多另再外",
                new String[] {"油", "班", "入", "强", "快", "急", "紧", "深", "餐", "热", "工", "训", "赛", "时"},
                null);
        guarded(Cue.ADD, "多", "很太较最更许好差不至", new String[] {"少", "加", "了", "云", "久", "谢"}, "0123456789一二两俩仨三四五六七八九十 ");
        add(Cue.CORRECTION, "不对 说错了 写错了 打错了 报错了 更正 纠正");
        add(Cue.DEFER, "晚点报 晚点再报 再报 再补报 再定 再确认 晚点确认 具体人数 稍后报 回头报 到时候报 之后报");
        add(Cue.LOST_WAY, "迷路 走丢 走失 找不到路 不认识路 不认路 不知道怎么走 找不到地方 找不到回");
        add(Cue.REST, "剩下 其余 其他人 其他的人 剩余 其他同志");
        add(Cue.NEED, "需要");
        add(Cue.ASIDE, "另外 还有就是 顺便");
        add(Cue.THEN, "然后 接着 再一个");
        add(Cue.BATCH, "第一批 第二批 第三批 第四批 第二拨 另一批 后一批");
        add(Cue.MISSING, "找不到 找不着 没找到 没看到 没看见");
        add(Cue.SOON, "马上 快到 快要 一会 待会 等会 这就 即将 在路上");
        add(Cue.TALK, "在吗 在不在 OK ok 谢谢 感谢 辛苦 欢迎 加油 晚安 早上好 上午好 下午好 晚上好 你好 您好 收到 好的");
        guarded(Cue.AS_PLANNED, "回来吃", "不没", new String[] {}, null);
        add(Cue.AS_PLANNED, "照常 正常 照旧 按原计划 按计划 按原定 不变 没变 没有变化 无变化 维持不变 同前 跟原来一样 和原来一样 按原来 按之前的 跟之前一样 和之前一样");
        add(Cue.EAT, "吃 用餐 就餐 报餐 订餐 饭 餐 报 人数");
        add(Cue.HEADER, "接龙 统计");
        add(Cue.CHANGE, "提前到 推迟到 延后到 延迟到 改到 改为 改成 调整到 调整为 提前至 推迟至 延后至 改至 延期到 变为 变成 换成 改在");
        add(Cue.PLANNED, "原定 原计划 原来 本来 计划是 原先");
        add(
                Cue.HEALTH,
                "中毒 上吐下泻 拉稀 高原反应 昏迷 休克 发烧 发热 高烧 低烧 生病 受伤 摔伤 摔倒 扭伤 崴脚 崴了 骨折 流血 出血 晕倒 昏倒 头晕 头疼 头痛 肚子疼"
                        + " 肚子痛 胃疼 胃痛 腹泻 拉肚子 呕吐 吐了 感冒 咳嗽 中暑 不舒服 身体不适 医生 急救 救护车 打120 队医"
                        + " 吃药 买药 送药 药品 血压 心脏 抽筋 晕车 牙疼");
        add(
                Cue.HYGIENE,
                "气味 异味 味道很大 味道大 难闻 臭 很脏 太脏 脏了 好脏 不干净 灰尘 蟑螂 老鼠 苍蝇 蚊子 堆放 杂物 乱堆 乱放"
                        + " 脏乱 清理 很乱 太乱 好乱 乱七八糟 杂乱 堆满 卫生很差 卫生差 卫生不好 发霉 霉味 烟味");
        add(Cue.MEAL_PROBLEM, "清真 素食 素餐 吃素 忌口 不吃辣 不吃猪肉 没吃上 吃不上 没饭 不够吃 饭不够 菜不够 饭菜不够 凉了 不新鲜" + " 没吃的 吃不饱 少数民族餐 过期 没有饭");
        add(Cue.OTHER_PROBLEM, "丢了 丢失 遗失 被偷 走丢 走失 投诉 失联 落在 落下了 忘在 丢在");
        add(Cue.TOPIC_OTHER, "服装 比赛服 证 包 手机 行李 钱包 物品 衣服 装备 器材 队服 护照 充电器 雨伞");
        add(
                Cue.PROBLEM,
                "没有洗漱 缺少 潮湿 太潮 睡不着 不认识路 不认路 找不着 开错 走错 迷路 绕路 找不到 打不开 打不通 联系不上 没人接 坏了 坏掉 损坏 故障 不能用 用不了 锁在 反锁 进不去 进不了 开不了 没找到 没看到 没看见 不好用 不亮 不出水 不热 没有车牌 没车牌 无牌 没有挂牌 没拿到 没领到 没送到 没发到 还没发"
                        + " 没挂牌 迟到 还没来 没来 还没到 没到 未到 等了 一直没 还没 没有热水 没热水 没有暖气 没暖气 太冷 太热 很冷 冻 受不了"
                        + " 漏水 漏雨 停电 停水 堵 太吵 很吵 不够 只剩 没人管 没人 不行 有问题 出问题 反映"
                        + " 不制冷 不制热 不工作 没反应 太薄 太硬 太小 不通 没电 不干 打不着 没信号 不能上网 上不了网");
        add(Cue.BROKEN, "堵 坏了 坏掉 损坏 故障 漏水 关不上 锁不上 关不了 关不严 冲不下去 冲不走 下不去 不出水 打不开 不能用 用不了 不亮 不制热 不制冷 锁坏");
        guarded(Cue.BROKEN, "不通", "打拨", new String[] {}, null);
        add(Cue.PROBLEM, "放错 送错 拉错 接错 停错 冲不下去 冲不走 下不去 没收到 没有收到 没接到 没通知到 不知道怎么走 没声音 没有声音 黑屏 连不上 放不了 不显示 没反应");
        add(Cue.OTHER_PROBLEM, "没收到 没有收到 没接到");
        add(Cue.TOPIC_OTHER, "投影 话筒 麦克风 打印机 音响 电脑 屏幕 大屏 设备 横幅 名单 资料 材料");
        add(Cue.REQUEST, "谁能 联系下 联系一下 找人 能帮 来看看 能不能 能否 可否 可不可以 可以吗 请帮 帮忙 帮我们 协调 希望 尽快 请安排 安排一下 处理一下");
        add(Cue.PROBLEM, "延后 延迟 推迟 更换 调换 换一 换个 换房 没打扫 没收拾 不对 错了 不见了 丢 没有被子 不够用" + "");
        // 晚点再发, 晚点过去吃: 晚点 before a verb is "later"; a delay is 晚点了, 晚点20分钟, 晚点半小时.
        guarded(Cue.PROBLEM, "晚点", "", new String[0], PlainWords.AFTER_DELAY);
        PlainWords.register(this);
        IssueWords.register(this);
        // 赶车: catching a train or a bus, no vehicle of the event.
        guarded(Cue.TOPIC_VEHICLE, "车", "赶", new String[0], null);
        add(Cue.TOPIC_VEHICLE, "司机 大巴 车牌 接站 接机 送站 送机 班车");
        add(
                Cue.TOPIC_ROOM,
                "隔壁 睡 用品 钥匙 热水 空调 暖气 床 被子 被褥 枕头 毛巾 卫生间 厕所 马桶 淋浴 洗澡 门锁 开门 入住 续住 住宿 电视 插座"
                        + " 窗 WIFI 网络 上网 灯 水压 隔音 电梯 停水 停电 洗漱 退房");
        // 在宾馆门口等: a hotel named as the place where people wait is no room matter.
        for (String hotel : new String[] {"酒店", "宾馆", "民宿"}) {
            guarded(Cue.TOPIC_ROOM, hotel, "", new String[] {"门口", "大门", "大堂", "楼下", "外", "前", "停车场"}, null);
        }
        add(Cue.ROOM_ITSELF, "房间 客房 房内 热水 暖气 卫生间 厕所 马桶 淋浴 门锁 房卡 钥匙 被子");
        add(Cue.TOPIC_MEAL, "饭 餐 菜 吃 食 面条 盒饭");
        add(Cue.TOPIC_ADMIN, "发票 开票 报销 收据 结算 付款 押金 盖章 登记 补登");
        // 增加住房10间, 加两间房: a request for more rooms is a room matter to act on.
        add(Cue.PROBLEM, "加房 增加住房 增加房间 增加客房 加住房 加开 多开 加订 多订 爆胎 抛锚 熄火 追尾 剐蹭 出事故");
        add(Cue.ONGOING, "现在 目前 至今 仍 一直 到现在 还是 还没 依然");
        // Complaints with no keyword of their own (屋里冷得要命, 有股怪味) and "as planned" said as all present.
        add(Cue.TOPIC_ROOM, "屋");
        add(Cue.PROBLEM, "冷得 热得 吵得 冷死 热死 吵死 好冷 好热 好吵 特别冷 特别热 特别吵 非常冷 非常热 非常吵");
        add(Cue.HYGIENE, "怪味 股味 臭味 味儿大 味很大 味道很重 味儿很重");
        add(Cue.AS_PLANNED, "全部都在 全都在 人都在 全员都在");
        guarded(Cue.AS_PLANNED, "全员", "", new String[] {}, "，,。 \n吃就用都正照");
    }

    /** Every cue word in {@code text}, in order of position (overlapping words of different cues all count). */
    List<Hit> scan(String text) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("不在", i)) eatingElsewhere(text, i, 2, 8, hits);
            if (text.startsWith("不回", i)) eatingElsewhere(text, i, 2, 6, hits);
            if (text.startsWith("在外", i) || text.startsWith("外出", i)) eatingElsewhere(text, i, 2, 4, hits);
            if (text.charAt(i) == '去') eatingAway.scan(text, i, hits);
            if (text.startsWith("还有", i)) PlainWords.notFed(text, i, hits);
            if (!firsts.get(text.charAt(i))) continue;
            List<Word> candidates = words.get(text.charAt(i));
            if (candidates == null) continue;
            for (Word w : candidates) {
                if (w.cue() == Cue.DEPART && w.text().equals("走") && MovementWords.walkingTo(text, i)) continue;
                if (w.cue() == Cue.ARRIVE && w.text().equals("到") && MovementWords.timeSpan(text, i)) continue;
                if (text.startsWith(w.text(), i) && allowed(w, text, i)) {
                    hits.add(new Hit(w.cue(), i, i + w.text().length()));
                }
            }
        }
        return hits;
    }

    /**
     * 不在九院吃, 不在宾馆用餐, 在外面聚餐: a word that puts the meal elsewhere, a place of a few
     * characters, then eating.
     */
    private static void eatingElsewhere(String text, int at, int word, int place, List<Hit> hits) {
        int limit = Math.min(text.length(), at + word + place);
        for (int i = at + word; i < limit; i++) {
            char c = text.charAt(i);
            if (Clause.SEPARATORS.indexOf(c) >= 0) return;
            if (c == '吃' || text.startsWith("用餐", i) || text.startsWith("就餐", i) || text.startsWith("聚餐", i)) {
                hits.add(new Hit(Cue.CANCEL, at, i + 1));
                return;
            }
        }
    }

    private static boolean allowed(Word w, String text, int at) {
        if (at > 0 && w.notAfter().indexOf(text.charAt(at - 1)) >= 0) return false;
        int end = at + w.text().length();
        for (String s : w.notBefore()) if (text.startsWith(s, end)) return false;
        if (w.onlyBefore() == null) return true;
        if (end == text.length()) return !w.followed();
        return w.onlyBefore().indexOf(text.charAt(end)) >= 0;
    }

    void add(Cue cue, String list) {
        for (String w : list.split(" ")) if (!w.isEmpty()) put(new Word(w, cue, "", new String[0], null, false));
    }

    void guarded(Cue cue, String word, String notAfter, String[] notBefore, String onlyBefore) {
        put(new Word(word, cue, notAfter, notBefore, onlyBefore, false));
    }

    /** A word that counts only when one of {@code next} follows it (吃了55个人 is the past, 不吃了 is not). */
    private void followedBy(Cue cue, String word, String next) {
        put(new Word(word, cue, "", new String[0], next, true));
    }

    private void put(Word w) {
        words.computeIfAbsent(w.text().charAt(0), c -> new ArrayList<>()).add(w);
        firsts.set(w.text().charAt(0));
    }
}
