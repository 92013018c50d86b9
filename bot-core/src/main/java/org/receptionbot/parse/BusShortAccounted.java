package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * A team's liaison owning the people a bus is short of and saying how they travel instead ("3号车少2个 是我们的 两个坐6号车先回酒店了",
 * "4号车差的两个是我们的 刚从洗手间出来 马上到", "少的3个是我们3个队员 下午才比赛 坐10点的车"): the people are accounted for,
 * nobody's plan changes, so the message reports nothing. A word of dropping out, of leaving for good (a flight, a train, back to a
 * city), or of a problem keeps it a report for the rules to read ("7号车少的那个是北京的 柳州考察他不参加了").
 */
final class BusShortAccounted {
    /** The shortfall pointed at as the message opens: a bus's or the one just counted, then whose they are (是…). */
    private static final Pattern SHORT =
            Pattern.compile("^(?:不好意思|抱歉|那个|@\\S+)?[ ，,]*(?:\\d{1,2}号?车(?:这边|上|那边)?)?(?:少|差)了?的?"
                    + "(?:\\d{1,3}|[一二两三四五六七八九十俩仨]{1,3}|那|这)?(?:个人|个|位|人)?[ ，,]*(?:就)?是");
    /** Whose they are: the sender's own (我们, 咱们) or a team named before 的, a few words after 是. */
    private static final Pattern OWNED = Pattern.compile("^(?:我们|咱们|咱|我这边)|^[^ ，,]{1,8}?的");
    /** How they travel instead: another bus, a later one, on their own, or coming at once. */
    private static final Pattern OTHERWISE = Pattern.compile(
            "坐(?:了)?\\d{1,2}号车|坐到\\d{1,2}号车|坐[^ ，,]{0,6}的车|上了\\d{1,2}号车|跟\\d{1,2}号车|打车(?:过去|去|跟)|自己(?:过去|去|开车|打车)"
                    + "|先回(?:酒店|山庄|宾馆|房间|驻地|住处)|马上(?:就)?(?:到|来|下来|上来|过来)|在路上|这就(?:到|来|下来)");
    /** Words that keep it a report: a drop-out, a departure, a problem. */
    private static final Pattern REPORT =
            Pattern.compile("不去|不参加|去不了|不跟|取消|退出|离会|返程|航班|飞机|高铁|动车|火车|[GDCKTZ]\\d{1,4}|回(?!酒店|山庄|宾馆|房间|驻地|住处|来|车)"
                    + "|走了|离开|不舒服|医院|生病|发烧|受伤|联系不上|没人接|打不通|走散|找不到|丢");

    private BusShortAccounted() {}

    /** Whether {@code text} is a bus's shortfall owned and accounted for, with nothing else reported. */
    static boolean said(String text) {
        String t = text.strip();
        var m = SHORT.matcher(t);
        if (!m.find()) return false;
        String rest = t.substring(m.end()).strip();
        return OWNED.matcher(rest).find()
                && OTHERWISE.matcher(rest).find()
                && !REPORT.matcher(rest).find();
    }
}
