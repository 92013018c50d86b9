package org.receptionbot.parse;

import java.util.List;

/**
 * Words of an issue that, read in their place, say no problem or say another one: people named by what
 * happened to them (没吃上的同志), buses waiting at their place (1号车已经在东门等了), a request to get
 * ready for a plan (麻烦把房卡准备好), a mess to clean (走廊有人吐了), rooms counted (加5间), lost
 * belongings asked about (有没有人看到一个包 落在1号车上了).
 */
final class IssueTalk {
    private static final List<String> PEOPLE =
            List.of("同志", "人", "队员", "同学", "老师", "代表", "运动员", "朋友", "领导", "那位", "那个", "几位", "几个");
    private static final List<String> LOST = List.of("丢", "遗失", "落在", "落下", "忘在", "被偷");
    private static final List<String> TOLD =
            List.of("可以", "请", "到", "去", "先", "自行", "尽快", "抓紧", "马上", "找", "提前", "记得", "注意", "自备", "备好", "带好");
    private static final List<String> READY = List.of("准备好", "备好", "预留", "留好", "准备一下", "安排好");

    private static final List<String> FITTINGS = List.of("暖气", "空调", "座椅", "座位", "车窗", "窗户", "车门", "灯", "音响", "电视");
    private static final List<String> DELAY = List.of("晚点", "延误", "延迟", "推迟");
    private static final List<String> PUBLIC = List.of("火车", "高铁", "动车", "飞机", "航班", "班机", "列车");
    private static final List<String> OWN_VEHICLE = List.of("大巴", "司机", "师傅", "接站", "接机", "送站", "送机", "班车", "号车");
    private static final String FIGURE = "0123456789一二两三四五六七八九十几";

    private IssueTalk() {}

    /**
     * "没吃上的同志可以去便利店", "发烧的队员请到医务室": the cue's first word names the people it
     * happened to, who are then told what to do: a notice, no report.
     */
    static boolean addressed(Clause c, Cue cue) {
        int end = c.endOf(cue);
        // 还没吃的代表抓紧: the cue word may end in the 的 itself.
        if (end > 0 && c.text.charAt(end - 1) == '的') end--;
        if (end < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        // 晕车的提前吃药: the people may go unsaid.
        if (told(c, end + 1)) return true;
        for (String p : PEOPLE) {
            if (!c.text.startsWith(p, end + 1)) continue;
            int after = end + 1 + p.length();
            if (c.text.startsWith("们", after)) after++;
            if (told(c, after)) return true;
        }
        return false;
    }

    /**
     * "就是发烧那个", "那个崴脚的队员…走": the illness word names the person (…的队员, …那个) a report is
     * about.
     */
    static boolean namesWho(Clause c) {
        int end = c.endOf(Cue.HEALTH);
        if (end < 0 || end >= c.end) return false;
        // 扭伤脚的那位: a body part may come between the illness and 的.
        int i = end;
        for (int k = end; k < Math.min(c.end, end + 3); k++)
            if (c.text.charAt(k) == '的') {
                i = k + 1;
                break;
            }
        // 有一位晕车的换到8号车上了: the one named by the illness has moved to another bus or seat.
        if (i > end && moved(c, i)) return true;
        // 那两个, 那位, 一位 (那位 is read as 一位 for the figure).
        int from = i;
        if (i < c.end && "那这".indexOf(c.text.charAt(i)) >= 0) i++;
        while (i < c.end && FIGURE.indexOf(c.text.charAt(i)) >= 0) i++;
        if (i > from && i < c.end && "个位名".indexOf(c.text.charAt(i)) >= 0) return true;
        for (String p : PEOPLE) if (c.text.startsWith(p, i) && !p.equals("人")) return true;
        return false;
    }

    /** Words of moving to another bus or seat (换到8号车, 调到7号车, 坐到副驾). */
    private static final List<String> MOVED = List.of("换到", "换坐", "换了", "换去", "调到", "坐到", "改坐", "挪到", "转到");

    private static boolean moved(Clause c, int at) {
        for (String w : MOVED) if (c.text.startsWith(w, at) && at + w.length() <= c.end) return true;
        return false;
    }

    private static boolean told(Clause c, int at) {
        for (String w : TOLD) if (c.text.startsWith(w, at)) return true;
        return false;
    }

    /** "安徽有个小孩吃了花生过敏": a food eaten and the allergy after it is someone ill now, no diet. */
    static boolean reaction(Clause c) {
        int at = c.at(Cue.MEAL_PROBLEM);
        if (at < 0 || !c.text.startsWith("过敏", c.endOf(Cue.MEAL_PROBLEM) - 2)) return false;
        String before = c.text.substring(c.start, at);
        return before.contains("吃了") || before.contains("吃完") || before.contains("吃过") || before.contains("误食");
    }

    /** "百色线1号车2号车已经在东门等了": a vehicle or its driver waiting at a place is ready, no delay. */
    static boolean vehicleWaits(Clause c) {
        int at = c.at(Cue.PROBLEM);
        if (at < 0 || c.text.charAt(at) != '等' || c.has(Cue.MISSING) || c.has(Cue.UNREACHABLE)) return false;
        int vehicle = c.at(Cue.TOPIC_VEHICLE);
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class))
            if (vehicle < 0 || v.start() < vehicle) vehicle = v.start();
        if (vehicle < 0 || vehicle > at) return false;
        String between = c.text.substring(vehicle, at);
        // 4号车到了 司机说要去加油 让我们等: the people wait, not the vehicle.
        if (between.contains("我们") || between.contains("让") || between.contains("大家")) return false;
        return between.contains("在") || between.contains("已经");
    }

    /** "麻烦提前把房卡准备好": a request to get something ready for a plan asks for the plan, not for a fix. */
    static boolean readies(Clause c) {
        String words = c.span();
        for (String w : READY) if (words.contains(w)) return true;
        return false;
    }

    /** "有人吐了 一直没人打扫": the illness word is the mess, and the message is about cleaning it. */
    static boolean mess(Clause c, boolean cleaning) {
        int at = c.at(Cue.HEALTH);
        return cleaning && at >= 0 && (c.text.startsWith("吐", at) || c.text.startsWith("呕吐", at));
    }

    /** "2号车暖气坏了", "车上空调不制冷", "大巴的暖气": a fitting of the vehicle named right before it. */
    static boolean fittingOfVehicle(Clause c) {
        int word = c.endOf(Cue.TOPIC_VEHICLE);
        if (word >= 0 && fittingAt(c, word)) return true;
        for (Mention.Vehicle v : c.all(Mention.Vehicle.class)) if (fittingAt(c, v.end())) return true;
        return false;
    }

    private static boolean fittingAt(Clause c, int at) {
        int i = at;
        while (i < c.end && "的上里内".indexOf(c.text.charAt(i)) >= 0) i++;
        for (String f : FITTINGS) if (c.text.startsWith(f, i)) return true;
        return false;
    }

    /** "有没有人看到一个黑色的包 落在1号车上了": belongings lost are a problem even when asked about. */
    static boolean lostThing(Clause c) {
        int at = c.at(Cue.OTHER_PROBLEM);
        // 谁的充电宝落在1号车上了: a thing found, its owner asked for.
        if (at < 0 || c.span().contains("谁的")) return false;
        for (String w : LOST) if (c.text.startsWith(w, at)) return true;
        return false;
    }

    /**
     * "天津的午饭在哪领啊 找了一圈没找到", "盒饭在哪里拿", "宵夜在哪吃": where to fetch or eat something, asked, is a
     * question for information; a vehicle asked after stays a problem (5号车在哪 找了一圈没找到).
     */
    static boolean whereToFetch(Clause c) {
        if (!c.question || inVehicle(c)) return false;
        for (int at = c.text.indexOf('哪', c.start); at >= 0 && at < c.end; at = c.text.indexOf('哪', at + 1)) {
            if (at == c.start || "在去到".indexOf(c.text.charAt(at - 1)) < 0) continue;
            int i = at + 1;
            if (i < c.end && "里儿".indexOf(c.text.charAt(i)) >= 0) i++;
            if (i < c.end && "领拿取吃".indexOf(c.text.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** "湖北队房间要加5间", "再开两间", "还要加几间": a figure of rooms with a word of more is a request for rooms. */
    static boolean roomsAsked(Clause c) {
        boolean rooms = false;
        for (int i = c.start + 1; i < c.end && !rooms; i++) {
            rooms = c.text.charAt(i) == '间' && FIGURE.indexOf(c.text.charAt(i - 1)) >= 0;
        }
        if (!rooms) return false;
        if (c.has(Cue.ADD) || c.has(Cue.NEED) || c.has(Cue.REQUEST) || c.has(Cue.PROBLEM)) return true;
        String words = c.span();
        return words.contains("要") || words.contains("开") || words.contains("订");
    }

    /**
     * "湖南的别坐错了", "不要走错了", "千万别搞错": a warning not to get something wrong, given ahead; nothing went
     * wrong yet.
     */
    static boolean caution(Clause c) {
        int at = c.at(Cue.PROBLEM);
        if (at < 0 || c.text.charAt(at) != '错') return false;
        String before = c.text.substring(Math.max(c.start, at - 3), at);
        return before.contains("别") || before.contains("不要") || before.contains("莫");
    }

    /**
     * "盒饭怎么还没送到场馆啊 …六十个人等着呢", "早餐咋还没上 大家等半天了": asked why something is not here yet while
     * people wait for it is a complaint, not a question for information.
     */
    static boolean overdueWhileWaiting(Clause c) {
        if (!c.question || !c.has(Cue.PROBLEM)) return false;
        String words = c.span();
        boolean overdue = false;
        for (String w : OVERDUE) overdue |= words.contains(w);
        return overdue && (waiting(c) || words.contains("饿"));
    }

    private static final List<String> OVERDUE = List.of("怎么还没", "咋还没", "怎么还不", "咋还不", "为什么还没", "怎么没");

    /** "盒饭带车上吃", "我们在大巴上吃", "路上吃": food to be eaten on the way, on board. */
    static boolean eatenOnBoard(Clause c) {
        String words = c.span();
        for (String w : ON_BOARD) if (words.contains(w)) return true;
        return false;
    }

    private static final List<String> ON_BOARD = List.of("车上吃", "巴上吃", "带车上", "带上车", "带到车上", "路上吃");

    /** "2号车的师傅在哪？": a question where a vehicle or its driver is. */
    static boolean whereVehicle(Clause c) {
        if (!inVehicle(c)) return false;
        String words = c.span();
        // 兵团送站的车呢 说好6点的: "…车呢" asks where it is, with or without a question mark.
        boolean asked = false;
        for (String w : WHERE_ASKED) asked |= words.contains(w);
        if (!c.question && !asked) return false;
        if (asked) return true;
        // 14号车到了吗, 13号车怎么还没来: whether it has come, asked, is where it is.
        for (String w : WHERE) if (words.contains(w)) return true;
        return false;
    }

    /** "…车呢", "师傅呢": where it is, asked with no question mark. */
    private static final List<String> WHERE_ASKED = List.of("车呢", "大巴呢", "师傅呢", "司机呢", "班车呢");

    private static final List<String> WHERE = List.of(
            "在哪", "停哪", "哪儿", "哪里", "到了吗", "来了吗", "到没到", "来没来", "怎么还没来", "怎么还没到", "咋还没来", "咋还没到", "怎么没来", "怎么没到", "咋没来",
            "还没到", "还没来", "到哪了", "车呢");

    /** "湖北的队员在体育馆门口等车", "我们等半天了": people waiting. */
    static boolean waiting(Clause c) {
        String words = c.span();
        return words.contains("等车")
                || words.contains("在等")
                || words.contains("等着")
                || words.contains("等了")
                || words.contains("等半天")
                // 山东的人都在门口站了一刻钟了: people standing waiting.
                || words.contains("站了")
                || words.contains("干等");
    }

    /** "等了半小时", "等半天了": people kept waiting, the first problem word of the clause. */
    static boolean waitedLong(Clause c) {
        int at = c.at(Cue.PROBLEM);
        return at >= 0 && c.text.charAt(at) == '等' && !vehicleWaits(c);
    }

    /** "火车晚点了", "航班延误": a train or a flight late, with no vehicle of the event named. */
    static boolean publicDelay(Clause c) {
        int at = c.at(Cue.PROBLEM);
        if (at < 0) return false;
        // 4号车在机场 北京的CA1345晚点了 我先等着: the train or flight named is late; the event's bus waits for it.
        boolean ofTransport = lateTransport(c, at);
        if (!ofTransport && !c.all(Mention.Vehicle.class).isEmpty()) return false;
        boolean delay = false;
        for (String w : DELAY) delay |= c.text.startsWith(w, at);
        if (!delay || c.has(Cue.UNREACHABLE) || c.has(Cue.MISSING) || c.has(Cue.BROKEN)) return false;
        if (ofTransport) return true;
        String words = c.span();
        // 航班晚点了 接机的司机联系不上: the event's own car or driver named beside it is a problem of its own.
        for (String w : OWN_VEHICLE) if (words.contains(w)) return false;
        if (!c.all(Mention.Transport.class).isEmpty()) return true;
        for (String w : PUBLIC) if (words.contains(w)) return true;
        return false;
    }

    /** Whether the delay word at {@code at} follows a train or flight's number (CA1345晚点了, G421次又晚点). */
    private static boolean lateTransport(Clause c, int at) {
        for (Mention.Transport t : c.all(Mention.Transport.class)) {
            String between = c.text.substring(Math.min(t.end(), at), at);
            if (t.end() <= at && between.length() <= 4 && between.matches("[次航班的又也已经还]*")) return true;
        }
        return false;
    }

    /** The vehicle is where the problem is: a vehicle named or a vehicle word (车里, 大巴, 司机). */
    static boolean inVehicle(Clause c) {
        if (c.has(Cue.TOPIC_VEHICLE)) return true;
        for (Mention m : c.mentions) if (m instanceof Mention.Vehicle) return true;
        return false;
    }
}
