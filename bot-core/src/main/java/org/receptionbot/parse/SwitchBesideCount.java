package org.receptionbot.parse;

/**
 * "7号车实到27，多的那个是临时换线过来的", "2号车实到25 少的那位换到百色线了": a route switch said beside a bus's
 * count, naming no delegation, says why the count is what it is; it gives no VISIT_CHANGE of its own.
 */
final class SwitchBesideCount {
    private SwitchBesideCount() {}

    /** Takes out such switches when the message gives a bus's count. */
    static void drop(Drafts drafts) {
        boolean counted = false;
        for (Draft d : drafts.list()) counted |= d.kind == Draft.Kind.HEADCOUNT;
        if (counted) drafts.dropIf(d -> d.kind == Draft.Kind.VISIT_CHANGE && d.team == null);
    }
}
