package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.message.Gap;

/**
 * A corrected figure after a statement of several routes' figures ("百色3个柳州5个 说错了 百色是4个"):
 * it is the figure of the route the correction names; with no route named it could be any of them,
 * so the figure is asked.
 */
final class VisitCorrections {
    private VisitCorrections() {}

    /** Whether the correction was for one of several routes' visits; then it has been applied. */
    static boolean applied(Clause c, List<Draft> last, int figure) {
        if (last.size() < 2 || last.get(0).kind != Draft.Kind.VISIT) return false;
        long routes = last.stream().map(d -> d.route).distinct().count();
        if (routes < 2) return false;
        List<Mention.Route> named = c.all(Mention.Route.class);
        for (Draft d : last) {
            if (named.isEmpty()) {
                if (d.missing == null) d.missing = Gap.Field.COUNT;
            } else if (named.stream().anyMatch(r -> r.id().equals(d.route))) {
                d.count = figure;
                d.planned = false;
            }
        }
        return true;
    }
}
