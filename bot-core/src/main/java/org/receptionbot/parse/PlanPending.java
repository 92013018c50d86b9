package org.receptionbot.parse;

import java.util.List;

/**
 * A movement plan the sender says is not made yet (返程还在等领导定, 领队还在订票, 人数和车次晚上十点后才能定):
 * a day or an hour said beside it is a guess or the time of the decision, so no movement is recorded
 * without a figure or a transport of its own. A pending detail of a plan said firmly (车次等领导定,
 * 航班还在订) leaves the plan standing.
 */
final class PlanPending {

    private PlanPending() {}

    private static final String[] PENDING = {
        "等领导定", "等领导确定", "等领导批", "等领导拍板", "等领导通知", "还在订票", "正在订票", "在抢票", "还在买票", "正在买票", "才能定", "才能确定", "才定得下来",
        "还在商量", "还在研究", "还在协调返程"
    };
    /** A decision reported later (定了再报, 确定后再报). */
    private static final String[] REPORTED_LATER = {
        "定了再报", "定下来再报", "确定了再报", "确定后再报", "定了再说", "定了再告诉", "定了再通知", "定了告诉", "定了通知", "定了以后再报"
    };
    /** The time of the movement itself, as the thing still to decide. */
    private static final String[] MOVEMENT_TIME = {
        "走的时间", "返程时间", "回程时间", "返程的时间", "回程的时间", "离开的时间", "离会时间", "几点走", "哪天走", "什么时候走"
    };
    /** Details of a plan whose own decision leaves the plan itself said. */
    private static final String[] DETAILS = {"车次", "航班", "时间", "几点", "车票", "机票", "班次"};

    /** Whether a clause of the message says the movement plan itself is still pending. */
    static boolean said(List<Clause> clauses) {
        for (Clause c : clauses) {
            String s = c.span();
            if (s.indexOf('定') < 0 && s.indexOf('票') < 0 && s.indexOf('商') < 0 && s.indexOf('研') < 0) continue;
            for (String w : PENDING) {
                int at = s.indexOf(w);
                if (at >= 0 && !ofDetail(s.substring(0, at))) return true;
            }
            // 水协午饭3个 走的时间定了再报: when they leave is itself reported later; no departure yet.
            for (String w : REPORTED_LATER) {
                int at = s.indexOf(w);
                if (at >= 0 && ofMovement(s.substring(0, at).strip())) return true;
            }
        }
        return false;
    }

    /** Whether the words before the decision name when the movement itself happens (走的时间, 几点走, 返程时间). */
    private static boolean ofMovement(String before) {
        for (String m : MOVEMENT_TIME) if (before.endsWith(m)) return true;
        return false;
    }

    /** 车次等领导定: only a detail waits; 人数和车次…才能定: the figure waits too, so the plan does. */
    private static boolean ofDetail(String before) {
        if (before.contains("人数") || before.contains("多少人") || before.contains("几个人")) return false;
        for (String d : DETAILS) if (before.contains(d)) return true;
        return false;
    }
}
