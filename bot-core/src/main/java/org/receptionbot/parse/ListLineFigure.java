package org.receptionbot.parse;

import java.util.List;

/**
 * "接龙 午餐 | 福建6 有一个不吃 5": on a list's line, a bare figure that ends the remark after the line's figure is the
 * count the remark leads to (the last figure is the count), smaller than the figure it follows; the remark says why.
 */
final class ListLineFigure {
    private ListLineFigure() {}

    /** Gives the line's meal drafts ({@code last}'s statement) the figure that ends {@code remark}, if it ends so. */
    static void apply(Clause remark, Draft last, Drafts drafts) {
        if (last == null || last.kind != Draft.Kind.MEAL_COUNT || last.count == null) return;
        List<Mention.Count> counts = remark.all(Mention.Count.class);
        if (counts.size() < 2) return;
        Mention.Count end = counts.get(counts.size() - 1);
        if (end.value() >= last.count
                || !remark.text.substring(end.end(), remark.end).isBlank()) return;
        for (Draft d : drafts.lastStatement()) if (d.kind == Draft.Kind.MEAL_COUNT) d.count = end.value();
    }
}
