package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Staff telling that help is on its way, there, or at hand, or where to take people: a car's or a helper's arrival
 * time ("5号车修路那段过了，预计4点10分到", "已经往回赶了，二十分钟左右"), a helper there ("医疗组已到医务室", "医生过去看看"), a
 * remedy at hand ("大巴上药箱里有 在司机座位后面") or the way to go ("你直接带他过去", "让他们往东门走"). Part of
 * {@link StaffUpdates}: from no delegation's liaison, such a message answers a matter rather than reports one. Not when
 * the same message says the help has still not come ("马上到 都说半小时了 还没来"), nor when it says the problem itself: a
 * fault, an illness or a delay reported with its help in motion ("热水器不出热水，维修师傅已经上去了", "4号车堵在高速上了 预计9点到",
 * "我包里有晕车药") is still the problem to follow.
 */
final class HelpUnderway {
    private static final String NO_BREAK = "[^，。,；;！!？?\\s]";
    /** An arrival time told: 预计4点10分到, 估计十分钟到, 15分钟就到, 马上过来, 已经往回赶了. */
    private static final Pattern ON_ITS_WAY = Pattern.compile("(?:预计|估计)" + NO_BREAK + "{0,8}?(?:到|赶到|回来)"
            + "|\\d{1,2}分钟(?:左右|以内|之内)?(?:就|能)?(?:到|赶到|过来|回来)"
            + "|马上就?(?:到|过来|过去|绕过来|赶过来|赶到|回来)"
            + "|往回赶");
    /** A helper there or sent: 医疗组已到医务室, 医生过去看看, 工程部的人上去了. */
    private static final Pattern HELPER_THERE = Pattern.compile(
            "(?:医疗组|医生|医务人员|工程部|维修师傅|维修工|保洁)" + "(?:的人)?(?:已经|马上|这就)?(?:已到|到了|到(?:医务室|现场|房间)|过去了|过去看|在路上|上去了)");
    /** A remedy at hand: 药箱里有, 6号车有急救包, 我这有创可贴和药 (not asked: 有急救包吗; not lacking: 没有药). */
    private static final Pattern AT_HAND =
            Pattern.compile("(?:急救包|药箱)里?有(?![吗么没])" + "|(?<!没)有(?:急救包|药箱|[^，。,；;！!？?\\s没吗]{0,8}?药)(?![吗么没])");
    /** The way to go told: 你直接带过去, 让他们往北门走. */
    private static final Pattern WAY_TOLD =
            Pattern.compile("你(?:直接)?(?:带|领|送)(?:他|她|他们|她们|人)?(?:过去|过来)" + "|让(?:他们|她们|大家)往" + NO_BREAK + "{1,6}走");
    /**
     * What says the matter is still open in words the cues leave to the context: help not come or not found (还没,
     * 联系不上, 等了), a delay (晚到半小时, 要晚20分钟, 堵住了).
     */
    private static final String[] STILL_OPEN = {
        "还没", "没到", "没来", "联系不上", "找不到", "不见", "等了", "怎么办", "打不通", "晚到", "要晚", "会晚", "晚点", "延误", "堵", "事故"
    };
    /** A problem said in a clause: a fault, illness, dirt, food short, a loss, someone not reached, lateness. */
    private static final CueGroups.Group PROBLEM = CueGroups.PROBLEM_SAID.with(Cue.PROBLEM);

    private HelpUnderway() {}

    /**
     * Whether {@code text} (normalised, from no delegation's liaison; its {@code clauses}) tells help is under way in one
     * of these ways, and no problem.
     */
    static boolean said(List<Clause> clauses, String text) {
        for (String w : STILL_OPEN) if (text.contains(w)) return false;
        for (Clause c : clauses) if (PROBLEM.in(c)) return false;
        return ON_ITS_WAY.matcher(text).find()
                || HELPER_THERE.matcher(text).find()
                || AT_HAND.matcher(text).find()
                || WAY_TOLD.matcher(text).find();
    }
}
