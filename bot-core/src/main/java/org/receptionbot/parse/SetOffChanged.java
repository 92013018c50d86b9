package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A change of the hour the team sets off ("明天出发时间调整为7点", "提前到6点半出发", "出发时间推迟到下午3点", "晚点出发
 * 改到10点") or of the time it sets off by ("提前半小时出发": the departure, its hour left to the conversation, which
 * knows the standing one) is a change of its departure plan: the new plan is the departure (records.md: a change of
 * plan records the new plan only). 出发 alone is a bus's timetable and no departure, so such a 出发 is read as 返程, a
 * word of leaving of the same length, so spans still match. A line that names a trip of the day (赛场, 比赛, 训练, 考察,
 * 集合 …), or a clause that names a meal ("早饭提前到6点半出发"), keeps its 出发; a meal in another clause of the line
 * ("出发时间改到10点 早饭正常吃") is a report of its own; a line that asks ("能不能提前半小时出发") changes nothing.
 */
final class SetOffChanged {
    /** A change word: the plan moved to another hour or day. */
    private static final String CHANGE = "(?:调整为|调整到|调整成|调为|调到|改为|改成|改到|改在|提前到|推迟到|延后到|延迟到|挪到|提前|推迟|延后|延迟|改)";
    /** Day and half-of-day words that may stand between the change word and its hour. */
    private static final String WHEN = "(?:明天|今天|后天|明早|明晚|今晚|一早|早上|上午|中午|下午|傍晚|晚上|凌晨|\\s)*";
    /** A clock hour: 7点, 6点半, 6:30, 三点四十. */
    static final String CLOCK = "(?:[0-9]{1,2}:[0-9]{2}|[0-9一二两三四五六七八九十]{1,3}点(?:半|一刻|三刻|[0-9一二三四五六七八九十]{1,3}分?)?)";
    /** An amount of time a plan moves by: 半小时, 一个小时, 1个半小时, 40分钟. */
    static final String AMOUNT = "(?:半个?(?:小时|钟头)|[0-9一二两三四五六七八九十]{1,2}个?半?(?:小时|钟头)|" + "[0-9一二两三四五六七八九十]{1,3}分钟)";

    /** 出发时间调整为7点, 出发的时间改了, 出发时间再推迟一小时: the set-off time said changed (again). */
    private static final Pattern TIME_CHANGED = Pattern.compile("出发(?=的?时间(?:有|又|再|还要|要)?" + CHANGE + ")");
    /** 提前到6点半出发, 改成明天7点出发, 提前半小时出发, 早一个小时出发: the hour changed, or moved by a time, then 出发. */
    private static final Pattern CHANGED_TO = Pattern.compile(
            "(?:" + CHANGE + "到?" + WHEN + "(?:" + CLOCK + "|" + AMOUNT + ")|[早晚]" + AMOUNT + ")(?:钟)?(?:就|再|才)?(出发)");
    /** 晚点出发 改到10点: 出发, then its hour changed in the next words. */
    private static final Pattern THEN_CHANGED = Pattern.compile("出发(?=[，,\\s]*" + CHANGE + "到?" + WHEN + CLOCK + ")");
    /** The set-off of a trip of the day, not of the team's departure. */
    private static final Pattern DAY_TRIP = Pattern.compile("赛场|比赛|赛事|训练|场馆|体育馆|体育场|开幕|闭幕|考察|参观|景区|演出|活动|集合|各队|各团|各代表");
    /** A question: a change asked about ("明天能不能提前半小时出发", "提前到6点出发可以吗") is no change yet. */
    private static final Pattern ASKED = Pattern.compile("能不能|能否|可不可以|可以吗|行不行|行吗|会不会|是不是|要不要|是否|吗|么|呢|？|\\?");
    /** A meal's hour: a clause that names a meal moves the meal, not the team. */
    private static final Pattern MEAL = Pattern.compile("早饭|早餐|午饭|午餐|晚饭|晚餐|宵夜|夜宵|开饭|用餐");
    /** Where a clause ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[，,。；;！!？?\\s]");

    private SetOffChanged() {}

    static String fix(String text) {
        if (!text.contains("出发")) return text;
        char[] out = null;
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            if (!DAY_TRIP.matcher(line).find()) {
                Matcher a = TIME_CHANGED.matcher(line);
                while (a.find()) if (said(line, a.start(), a.end())) out = departing(out, text, lineStart + a.start());
                Matcher b = CHANGED_TO.matcher(line);
                while (b.find()) if (said(line, b.start(), b.end())) out = departing(out, text, lineStart + b.start(1));
                Matcher c = THEN_CHANGED.matcher(line);
                while (c.find()) if (said(line, c.start(), c.end())) out = departing(out, text, lineStart + c.start());
            }
            lineStart += line.length() + 1;
        }
        return out == null ? text : new String(out);
    }

    /**
     * Whether the change at {@code from}..{@code to} of {@code line} is said, not asked, of the team's set-off: its
     * clause names no meal and asks nothing, nor does a clause beside it that names no meal ("提前到6点出发 可以吗" asks;
     * "提前到7点半出发 早饭能不能早点" asks about breakfast only).
     */
    private static boolean said(String line, int from, int to) {
        int start = clauseStart(line, from);
        int stop = clauseEnd(line, to);
        if (MEAL.matcher(line.substring(start, stop)).find()
                || ASKED.matcher(line.substring(start, stop)).find()) return false;
        if (start > 0) {
            String before = line.substring(clauseStart(line, start - 1), start);
            if (!MEAL.matcher(before).find() && ASKED.matcher(before).find()) return false;
        }
        if (stop < line.length()) {
            String after = line.substring(stop, clauseEnd(line, stop + 1));
            if (!MEAL.matcher(after).find() && ASKED.matcher(after).find()) return false;
        }
        return true;
    }

    private static int clauseStart(String line, int at) {
        int start = at;
        while (start > 0
                && !CLAUSE_END.matcher(line.substring(start - 1, start)).matches()) start--;
        return start;
    }

    private static int clauseEnd(String line, int at) {
        Matcher end = CLAUSE_END.matcher(line);
        return at < line.length() && end.find(at) ? end.start() : line.length();
    }

    private static char[] departing(char[] out, String text, int at) {
        char[] o = out == null ? text.toCharArray() : out;
        o[at] = '返';
        o[at + 1] = '程';
        return o;
    }
}
