package org.receptionbot.parse;

import java.util.List;

/**
 * Words of a vehicle or of waiting that, read in their place, say no problem or say another one: buses
 * waiting at their place (1号车已经在东门等了), a vehicle asked after (2号车的师傅在哪), people kept waiting,
 * a fitting of the vehicle (2号车暖气坏了), a train or flight late (火车晚点了). The people named by what
 * happened to them are in {@link IssuePeople}; meals, rooms and belongings in {@link IssueThings}.
 */
final class IssueTalk {
    /** Fittings of a vehicle or a room (暖气, 空调, 车窗). */
    private static final List<String> FITTINGS = List.of("暖气", "空调", "座椅", "座位", "车窗", "窗户", "车门", "灯", "音响", "电视");

    /** Words of being late, at the problem word (晚点, 延误). */
    private static final List<String> DELAY = List.of("晚点", "延误", "延迟", "推迟");

    /** Public transport, not the event's (火车, 航班). */
    private static final List<String> PUBLIC = List.of("火车", "高铁", "动车", "飞机", "航班", "班机", "列车");

    /** The event's own vehicles and drivers (大巴, 司机, 接站). */
    private static final List<String> OWN_VEHICLE = List.of("大巴", "司机", "师傅", "接站", "接机", "送站", "送机", "班车", "号车");

    /** Who waits, between a vehicle and 等, when the people wait, not the vehicle (让我们等). */
    private static final List<String> PEOPLE_WAIT = List.of("我们", "让", "大家");

    /** What places a vehicle at its stop, between it and 等 (在东门等, 已经等了). */
    private static final List<String> AT_ITS_PLACE = List.of("在", "已经");

    /** Words asking why something is not here yet (怎么还没, 咋还不). */
    private static final List<String> OVERDUE = List.of("怎么还没", "咋还没", "怎么还不", "咋还不", "为什么还没", "怎么没");

    /** "…车呢", "师傅呢": where it is, asked with no question mark. */
    private static final List<String> WHERE_ASKED = List.of("车呢", "大巴呢", "师傅呢", "司机呢", "班车呢");

    /** Words asking where a vehicle is or whether it has come (在哪, 到了吗, 怎么还没来). */
    private static final List<String> WHERE = List.of(
            "在哪", "停哪", "哪儿", "哪里", "到了吗", "来了吗", "到没到", "来没来", "怎么还没来", "怎么还没到", "咋还没来", "咋还没到", "怎么没来", "怎么没到", "咋没来",
            "还没到", "还没来", "到哪了", "车呢");

    /** Words of people waiting (等车, 在等, 等半天); 站了: people standing waiting (都在门口站了一刻钟了). */
    private static final List<String> WAITING = List.of("等车", "在等", "等着", "等了", "等半天", "站了", "干等");

    private IssueTalk() {}

    /** Words of people making their own way (自己打车, 自行前往). */
    private static final String[] OWN_WAY = {"自己打车", "自行打车", "自己开车", "自己过去", "自己过来", "自行前往", "自己去"};

    /** "他自己打车去党校": people said to make their own way there. */
    static boolean ownWay(Clause c) {
        return IssueMatters.has(c, OWN_WAY);
    }

    /** Whether {@code text} holds one of the words. */
    static boolean any(String text, List<String> words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
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
        if (any(between, PEOPLE_WAIT)) return false;
        return any(between, AT_ITS_PLACE);
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

    /**
     * "盒饭怎么还没送到场馆啊 …六十个人等着呢", "早餐咋还没上 大家等半天了": asked why something is not here yet while
     * people wait for it is a complaint, not a question for information.
     */
    static boolean overdueWhileWaiting(Clause c) {
        if (!c.question || !c.has(Cue.PROBLEM)) return false;
        String words = c.span();
        return any(words, OVERDUE) && (waiting(c) || words.contains("饿"));
    }

    /** "2号车的师傅在哪？": a question where a vehicle or its driver is. */
    static boolean whereVehicle(Clause c) {
        if (!inVehicle(c)) return false;
        String words = c.span();
        // 兵团送站的车呢 说好6点的: "…车呢" asks where it is, with or without a question mark.
        boolean asked = any(words, WHERE_ASKED);
        if (!c.question && !asked) return false;
        if (asked) return true;
        // 14号车到了吗, 13号车怎么还没来: whether it has come, asked, is where it is.
        return any(words, WHERE);
    }

    /** "湖北的队员在体育馆门口等车", "我们等半天了": people waiting. */
    static boolean waiting(Clause c) {
        return any(c.span(), WAITING);
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
        if (any(words, OWN_VEHICLE)) return false;
        if (!c.all(Mention.Transport.class).isEmpty()) return true;
        return any(words, PUBLIC);
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

    /** "清江说没有房了??", "餐厅说没登记我们的？！": no question word, and a question mark doubled closing it: dismay, no question. */
    static boolean dismay(Clause c) {
        if (c.has(Cue.QUESTION) || c.end + 1 >= c.text.length()) return false;
        return "?？".indexOf(c.text.charAt(c.end)) >= 0 && "?？!！".indexOf(c.text.charAt(c.end + 1)) >= 0;
    }
}
