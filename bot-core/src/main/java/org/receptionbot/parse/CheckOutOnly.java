package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * "天津明天下午1点退房": a check-out is not necessarily leaving (a late check-out, luggage kept, a last
 * outing). Where the check-out is the message's only sign of leaving, its departure is asked back ({@link
 * Gap.Field#CONFIRM}: "是指明天13:00离会吗？"), not recorded; with a word of leaving (走, 离开, 返程, 去机场), a
 * train or a flight, or the way to a station (送站, 高铁, 航班) anywhere in the message it stays a departure.
 */
final class CheckOutOnly {
    private static final String CHECK_OUT = "退房";
    /** The way to a station or an airport: leaving all the same, with no verb of it. */
    private static final String[] TRAVEL = {"送站", "送机", "高铁", "动车", "火车", "飞机", "航班", "车次", "机场", "车站", "站台", "大巴送"};

    private CheckOutOnly() {}

    /**
     * Marks each departure read from a check-out alone as one to confirm; beside the delegation's departure said
     * by a ticket or a word of leaving the same day (下午三点退房，晚上7点半的D5272), the check-out is no departure.
     */
    static void confirm(List<Clause> clauses, Drafts drafts, String original) {
        if (original.indexOf(CHECK_OUT) < 0) return;
        boolean leaving = leaving(clauses, original) || mealsGivenUp(drafts);
        for (Draft d : drafts.since(0)) {
            if (!checkOutOnly(d)) continue;
            if (StillCheckingOut.few(d.statement)) {
                drafts.dropIf(x -> x == d);
                continue;
            }
            if (!leaving) d.missing = Gap.Field.CONFIRM;
            else if (departsBeside(d, drafts)) drafts.dropIf(x -> x == d);
        }
    }

    /** Words of leaving a statement may carry beside its check-out (退房走, 退房后返程). */
    private static final String[] LEAVING = {"走", "离开", "离会", "返程", "回", "出发", "去", "飞", "撤"};

    private static boolean checkOutOnly(Draft d) {
        if (d.kind != Draft.Kind.DEPARTURE || d.missing != null || d.transport != null) return false;
        int at = d.statement.indexOf(CHECK_OUT);
        if (at < 0) return false;
        String rest = d.statement.substring(0, at) + d.statement.substring(at + CHECK_OUT.length());
        for (String w : LEAVING) if (rest.contains(w)) return false;
        return true;
    }

    /**
     * "明天早上7点退房，明天早饭和中饭都不吃了": the whole delegation giving up more than one meal of the check-out's
     * day is leaving all the same.
     */
    private static boolean mealsGivenUp(Drafts drafts) {
        for (Draft d : drafts.since(0)) {
            if (!checkOutOnly(d)) continue;
            int given = 0;
            for (Draft x : drafts.since(0))
                if (x.kind == Draft.Kind.MEAL_CANCEL
                        && x.count == null
                        && java.util.Objects.equals(x.team, d.team)
                        && java.util.Objects.equals(x.date, d.date)) given++;
            if (given >= 2) return true;
        }
        return false;
    }

    private static boolean departsBeside(Draft d, Drafts drafts) {
        for (Draft x : drafts.since(0))
            if (x != d
                    && x.kind == Draft.Kind.DEPARTURE
                    && !checkOutOnly(x)
                    && java.util.Objects.equals(x.team, d.team)
                    && java.util.Objects.equals(x.date, d.date)) return true;
        return false;
    }

    private static boolean leaving(List<Clause> clauses, String original) {
        for (String w : TRAVEL) if (original.contains(w)) return true;
        for (Clause c : clauses) {
            if (!c.all(Mention.Transport.class).isEmpty()) return true;
            if (c.hasOtherThan(Cue.DEPART, CHECK_OUT)) return true;
        }
        return false;
    }
}
