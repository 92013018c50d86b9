package org.receptionbot.conversation;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words by which a team's departure is said changed, one family each: moved earlier (提前, 提早, 早点 …), moved
 * later (推迟, 推后, 延后, 晚点 …), changed at all (those and 改, 调整, 原定 …), its ticket changed (改签, 退票 …), a
 * means of travel named (车次, 航班 …), a half of the day said, and the time it moves by ("提前半小时", "晚一个小时").
 */
final class LeaveWords {
    /** Words moving the departure earlier than it stands. */
    private static final String[] EARLIER = {"提前", "提早", "早点", "早些", "早一点", "往前"};
    /** Words moving the departure later than it stands. */
    private static final String[] LATER = {"推迟", "推后", "延后", "延迟", "顺延", "往后", "晚点", "晚些", "晚一点"};
    /** Other words saying the leaving itself changes, besides a move earlier or later. */
    private static final String[] CHANGE = {"改", "变", "调整", "换", "退票", "原定", "原来", "本来", "不坐"};
    /** Words saying the ticket itself changes: such a message moves the departure. */
    private static final String[] TICKET_CHANGE = {"改签", "退票", "换票", "换车次", "改航班", "改车次"};
    /** Words of leaving, in the clause of a change word. */
    private static final String[] LEAVING = {"走", "出发", "离开", "离会", "动身", "返程", "回程", "撤"};
    /** The leaving compared with its plan ("比原来提前三个小时"): a clause of the amount it moved by. */
    private static final String[] COMPARED = {"比原来", "比原定", "比原计划", "比计划", "比之前"};
    /** Words of a means of travel or of a ticket: such a message says its own transport, or means to. */
    private static final String[] TRANSPORT = {
        "车次", "航班", "高铁", "动车", "火车", "飞机", "航空", "机票", "车票", "改签", "退票", "换票", "自驾", "大巴", "包车", "班次"
    };
    /** Words saying a thing stays as it is. */
    private static final String[] KEPT = {"不变", "没变", "没有变", "照旧", "照常", "不换", "没换", "一样"};
    /** Half-of-day words: the message itself says which half. */
    private static final String[] HALF = {"早上", "上午", "凌晨", "一早", "明早", "中午", "下午", "傍晚", "晚上", "今晚", "明晚", "夜里"};

    private static final Pattern CLAUSE = Pattern.compile("[，,。；;！!\\s]+");
    /** A move by an amount of time: 提前半小时, 提早1个小时, 推迟40分钟, 早一个半小时, 晚半个钟头, 推迟了一小时. */
    private static final Pattern SHIFT = Pattern.compile("(提前|提早|早|推迟|推后|延后|延迟|晚点|晚)\\s*了?\\s*"
            + "(?:(半)个?(?:小时|钟头)|([0-9一二两三四五六七八九十]{1,2})个?(半)?(?:小时|钟头)|([0-9一二两三四五六七八九十]{1,3})分钟)");

    private LeaveWords() {}

    /** A word moving the departure earlier. */
    static boolean earlier(String text) {
        return any(text, EARLIER);
    }

    /** A word moving the departure later. */
    static boolean later(String text) {
        return any(text, LATER);
    }

    /** A half of the day said. */
    static boolean halfOfDay(String text) {
        return any(text, HALF);
    }

    /**
     * A means of travel or a ticket named: the message says its own transport, or means to; one said to stay ("车次不变",
     * "12点半的车不变") is the standing one.
     */
    static boolean namesTransport(String text) {
        for (String clause : CLAUSE.split(text)) if (any(clause, TRANSPORT) && !any(clause, KEPT)) return true;
        return false;
    }

    /** A clause of {@code text} says the leaving itself changes ("明天改7点走", "提早半小时走"), or the ticket does. */
    static boolean changes(String text) {
        if (any(text, TICKET_CHANGE)) return true;
        for (String clause : CLAUSE.split(text))
            if ((any(clause, CHANGE) || any(clause, EARLIER) || any(clause, LATER)) && any(clause, LEAVING))
                return true;
        return false;
    }

    /**
     * The time the departure is said to move by, earlier negative ("提前半小时走": -30 minutes), in a clause with a word
     * of leaving or of the plan compared ("比原来提前三个小时"; "提前半小时到车站" moves no departure); empty when none,
     * or several.
     */
    static Optional<Duration> shift(String text) {
        Duration found = null;
        for (String clause : CLAUSE.split(text)) {
            if (!any(clause, LEAVING) && !any(clause, COMPARED)) continue;
            Matcher m = SHIFT.matcher(clause);
            while (m.find()) {
                if (found != null) return Optional.empty();
                found = amount(m);
            }
        }
        return found == null || found.isZero() || found.abs().toHours() > 12 ? Optional.empty() : Optional.of(found);
    }

    private static Duration amount(Matcher m) {
        Duration by;
        if (m.group(2) != null) by = Duration.ofMinutes(30);
        else if (m.group(3) != null)
            by = Duration.ofHours(Numbers.read(m.group(3)).orElse(0)).plusMinutes(m.group(4) == null ? 0 : 30);
        else by = Duration.ofMinutes(Numbers.read(m.group(5)).orElse(0));
        return m.group(1).startsWith("提") || m.group(1).equals("早") ? by.negated() : by;
    }

    private static boolean any(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
