package org.receptionbot.conversation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.parse.ChineseNumerals;
import org.receptionbot.record.Movement;

/**
 * A yes to the 【离会确认】 with details that only agree with the departure it listed: its train or flight ("北京确认
 * G1118", "辽宁确认 D2282 车次没变", "江苏确认 D2236 11点半"), its hour, and how the team sets off from the hotel ("广西确认👌
 * 明早7点酒店门口上车", "湖北确认 1号2号车 8点从酒店出发"), which is not the train's hour. Any other word (a figure, another
 * train, a change, a meal) makes it a message to read as usual.
 */
final class CheckYesDetails {
    private static final Pattern YES = Pattern.compile("^(?:确认无误|确认|确定)了?");
    private static final Pattern TRANSPORT = Pattern.compile("[A-Z]{1,2}\\d{2,4}|\\d[A-Z]\\d{3,4}");
    private static final String HOUR = "(?:\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：]\\d{2}|点(?:半|\\d{1,2}分?|[一二三四五]十分?)?)";
    private static final String DAY = "(?:明天|明早|明日|今天|今早|明晚)?(?:早上|上午|中午|下午|晚上|早)?";
    /** A door or hall to meet at, after a place's name ("九院门口", "宾馆大厅"); never a word of a change. */
    private static final String DOOR = "(?:[\\p{IsHan}&&[^改换不没到去]]{0,6}(?:门口|大门|楼下|大堂|大厅|正门))";
    /** How the team boards: a verb of boarding or setting off for the station. */
    private static final String BOARD = "(?:上车|出发|集合|发车|(?:坐|乘)(?:大巴|班车|车)?去(?:机场|车站|高铁站|火车站|[东南西北]站))";
    /** A count of people said ("15人", "十五个"). */
    private static final Pattern COUNT = Pattern.compile("(\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s*(?:个人|人|位|名|个)");

    private static final Pattern BUSES = Pattern.compile("(?:\\d{1,2}号车?[和、,，]?)+车?");
    private static final Pattern SAME = Pattern.compile("(?:车次|航班|时间)?(?:没变|不变|没有变|没变化|照旧)");
    /**
     * Words beside the yes that change nothing: a check-out hour ("10点退房": the room, not the departure), the plan
     * kept ("按原计划"), the leaving verb itself once its hour and train are the listed ones ("1点半D656走"), and where
     * the team goes in the end ("直接送到成都", "回南昌").
     */
    private static final Pattern NEUTRAL = Pattern.compile(DAY + HOUR + "(?:之前|前)?退房"
            + "|(?:按|照)?原计划|按计划|照常"
            + "|(?<![不没别])(?:走|离开)(?=\\s|$)"
            + "|(?:直接)?(?:送|开|坐大巴)?(?:到|回)[\\p{IsHan}&&[^改换不没]]{2,4}(?=\\s|$)");

    private static final Pattern MARKS = Pattern.compile("[\\s\\p{So}\\p{Sk}！!。，,～~…]+");

    private static final Pattern BATCH = Pattern.compile("第\\s*([一二三1-3])\\s*[批拨波]");

    private CheckYesDetails() {}

    /**
     * Whether {@code said} is a yes naming each batch by its order ("确认 第一批G1504 7点从酒店出发 第二批中午12点坐大巴去机场")
     * with details that agree with the batch {@code listed} in that order (by hour), every listed batch named once.
     */
    static boolean batchesAgree(String said, List<? extends Movement> listed, Integer size, List<String> places) {
        String t = MARKS.matcher(said).replaceAll(" ").strip();
        var yes = YES.matcher(t);
        if (!yes.find() || listed.size() < 2) return false;
        String rest = t.substring(yes.end());
        var m = BATCH.matcher(rest);
        List<Integer> starts = new java.util.ArrayList<>();
        List<Integer> orders = new java.util.ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            orders.add("一1".indexOf(m.group(1)) >= 0 ? 0 : "二2".indexOf(m.group(1)) >= 0 ? 1 : 2);
        }
        if (starts.size() != listed.size() || !rest.substring(0, starts.get(0)).isBlank()) return false;
        if (new java.util.HashSet<>(orders).size() != orders.size()) return false;
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : rest.length();
            String part = BATCH.matcher(rest.substring(starts.get(i), end)).replaceFirst(" ");
            if (orders.get(i) >= listed.size()
                    || part.isBlank()
                    || !agrees("确认 " + part, listed.get(orders.get(i)), size, places)) return false;
        }
        return true;
    }

    /**
     * Whether {@code said}, the words after the team's name, is a yes whose details all agree with {@code listed}: its
     * train, its hour, its people (a figure equal to its count, or to the team's {@code size} when it counts none), and
     * where the team boards (one of the event's {@code places}, the hotels and venues, or a door or hall).
     */
    static boolean agrees(String said, Movement listed, Integer size, List<String> places) {
        String t = MARKS.matcher(said).replaceAll(" ").strip();
        var yes = YES.matcher(t);
        if (!yes.find()) return false;
        String rest = t.substring(yes.end()).toUpperCase(Locale.ROOT);
        if (rest.isBlank()) return false;
        var tickets = TRANSPORT.matcher(rest);
        StringBuilder left = new StringBuilder();
        int from = 0;
        while (tickets.find()) {
            if (listed.transport() == null || !listed.transport().equalsIgnoreCase(tickets.group())) return false;
            left.append(rest, from, tickets.start()).append(' ');
            from = tickets.end();
        }
        left.append(rest.substring(from));
        // a boarding hour after the listed departure's is another hour, which disagrees
        String s = setOff(places)
                .matcher(left)
                .replaceAll(m -> boardsAfter(m.group(), listed) ? Matcher.quoteReplacement(m.group()) : " ");
        s = people(s, listed.count() != null ? listed.count() : size);
        s = SAME.matcher(s).replaceAll(" ");
        s = NEUTRAL.matcher(s).replaceAll(" ");
        s = BUSES.matcher(s).replaceAll(" ");
        if (listed.time() != null) s = listedHour(s, listed);
        return s.isBlank();
    }

    /** How the team sets off from its lodging: an hour with a place ({@code places}, a door) or a verb of boarding. */
    private static Pattern setOff(List<String> places) {
        String named = places.stream()
                .filter(p -> !p.isBlank())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b)
                .map(p -> "|" + p)
                .orElse("");
        // 明早8点半6号车酒店门口上车: the team's bus said between the hour and the place
        return Pattern.compile(DAY + HOUR + "(?:\\s?(?:坐|乘)?\\d{1,2}号车\\s?)?(?:从|在)?(?:" + DOOR + "|酒店|宾馆|民宿|驻地" + named
                + ")?" + DOOR + "?" + BOARD);
    }

    /**
     * Whether {@code said}, an hour of setting off, cannot be the listed departure's: no reading of it (the morning's or
     * the afternoon's when no half of the day is said) falls within {@link #BOARD_HOURS} before the departure.
     */
    private static boolean boardsAfter(String said, Movement listed) {
        java.time.LocalTime at = clock(said);
        if (at == null || listed.time() == null) return false;
        boolean halfSaid = said.matches(".*(?:早|上午|中午|下午|晚).*");
        List<java.time.LocalTime> readings =
                halfSaid || at.getHour() >= 12 ? List.of(at) : List.of(at, at.plusHours(12));
        return readings.stream()
                .noneMatch(r ->
                        !r.isAfter(listed.time()) && !r.isBefore(listed.time().minusHours(BOARD_HOURS)));
    }

    /** How long before the departure a team may set off from its lodging. */
    private static final long BOARD_HOURS = 6;

    /** {@code s} without figures of people equal to {@code people}; any other figure stays, for it disagrees. */
    private static String people(String s, Integer people) {
        if (people == null) return s;
        return COUNT.matcher(s)
                .replaceAll(
                        m -> ChineseNumerals.value(m.group(1)) == people ? " " : Matcher.quoteReplacement(m.group()));
    }

    /** {@code s} without the listed hour said alone ("11点半", "11:30", "明天13:30"). */
    private static String listedHour(String s, Movement listed) {
        var m = Pattern.compile(DAY + HOUR).matcher(s);
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            java.time.LocalTime said = clock(m.group());
            if (said == null
                    || !said.equals(listed.time()) && !said.plusHours(12).equals(listed.time())) continue;
            out.append(s, from, m.start()).append(' ');
            from = m.end();
        }
        return out.append(s.substring(from)).toString();
    }

    private static final Pattern CLOCK =
            Pattern.compile("(\\d{1,2}|[一二两三四五六七八九十]{1,3})(?:[:：](\\d{2})|点(半|\\d{1,2})?)");

    /** The hour of {@code said} ("11点半", "13:30", "八点"), or null. */
    private static java.time.LocalTime clock(String said) {
        var m = CLOCK.matcher(said);
        if (!m.find()) return null;
        int h = Math.max(ChineseNumerals.value(m.group(1)), 0);
        int min = m.group(2) != null
                ? Integer.parseInt(m.group(2))
                : "半".equals(m.group(3)) ? 30 : m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
        boolean late = said.contains("下午") || said.contains("晚");
        if (late && h < 12) h += 12;
        return h < 24 && min < 60 ? java.time.LocalTime.of(h, min) : null;
    }
}
