package org.receptionbot.parse;

import java.util.List;
import java.util.Objects;

/**
 * "那两个明晚在山庄吃饭 晚饭别全取消哈": a meal said to go ahead as planned beside a figure the same message gives for
 * the same delegation, day and meal only asks that the figure be kept; the figure is the report.
 */
final class AsPlannedBesideFigure {
    private AsPlannedBesideFigure() {}

    /** Whether {@code d}, a meal as planned, restates a figure another draft of {@code all} gives for its meal. */
    static boolean restates(Draft d, List<Draft> all) {
        if (d.kind != Draft.Kind.MEAL_COUNT || !d.asPlanned || d.meal == null) return false;
        for (Draft x : all)
            if (x != d
                    && x.kind == Draft.Kind.MEAL_COUNT
                    && !x.asPlanned
                    && x.count != null
                    && d.meal.equals(x.meal)
                    && Objects.equals(d.team, x.team)
                    && Objects.equals(d.date, x.date)) return true;
        return false;
    }
}
