package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;

/**
 * "第二批那三个晚宴赶不上了 晚宴少3人", "明天中午在百色吃，山庄午餐取消5人": a meal said missed with no figure, and the same
 * meal's cancellation with its figure in the same message, are one cancellation: the figure says how many miss it,
 * so the one without is no cancellation of the whole delegation.
 */
final class FiguredCancel {
    private FiguredCancel() {}

    /** Takes out each whole cancellation beside a cancellation of the same delegation, day and meal with a figure. */
    static void drop(Drafts drafts) {
        List<Draft> all = drafts.list();
        drafts.dropIf(d -> whole(d) && figured(all, d));
    }

    private static boolean whole(Draft d) {
        return d.kind == Draft.Kind.MEAL_CANCEL && d.count == null && d.missing == null;
    }

    private static boolean figured(List<Draft> all, Draft whole) {
        for (Draft d : all)
            if (d != whole
                    && d.kind == Draft.Kind.MEAL_CANCEL
                    && d.count != null
                    && d.missing == null
                    && Objects.equals(d.team, whole.team)
                    && Objects.equals(d.date, whole.date)
                    && Objects.equals(d.meal, whole.meal)) return true;
        return false;
    }
}
