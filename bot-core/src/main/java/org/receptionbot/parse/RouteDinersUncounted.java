package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * "我们柳州线的人晚饭也在那边吃", "安徽去北海的晚饭不回来吃": a meal missed by a delegation's people on a route, with no
 * figure and no route figure in the message, is not the whole delegation's meal. How many miss it is asked; the
 * plan's figure is not taken for it (sign-ups change on the day).
 */
final class RouteDinersUncounted {
    /** Words after a route that make it the group of people spoken of (柳州线的人, 北海那几位, 去百色的晚饭). */
    private static final String[] GROUP = {
        "的人", "的同志", "的代表", "的领导", "的几", "的那", "的这", "那几", "那些", "这几", "的晚", "的午", "的中午", "的早"
    };

    /** Words that keep the whole delegation meant. */
    private static final String[] WHOLE = {"全团", "全体", "所有人", "全部人", "都不", "大家", "没人"};

    private RouteDinersUncounted() {}

    /** {@code read} with each such whole-delegation cancel turned into a question of the figure. */
    static ParseOutcome apply(ParseOutcome read, Lexicon lexicon, Front front) {
        if (!lexicon.hasRoutes() || read.records().isEmpty() || !routeGroup(front)) return read;
        for (String w : WHOLE) if (front.text().contains(w)) return read;
        List<Record> kept = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        for (Record r : read.records()) {
            if (r instanceof MealCancel m
                    && m.count() == null
                    && m.delegation() != null
                    && !routeFigure(read.records(), m.delegation())) {
                gaps.add(new Gap(Gap.Field.COUNT, m, front.original().strip()));
            } else kept.add(r);
        }
        if (gaps.isEmpty()) return read;
        if (read instanceof ParseOutcome.Incomplete i) gaps.addAll(0, i.gaps());
        return new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
    }

    /** Whether the text speaks of people by their route: a route, then people or a meal of theirs (after an optional 线). */
    private static boolean routeGroup(Front front) {
        String t = front.text();
        for (Mention m : front.mentions()) {
            if (!(m instanceof Mention.Route r)) continue;
            int at = t.startsWith("线", r.end()) ? r.end() + 1 : r.end();
            for (String w : GROUP) if (t.startsWith(w, at)) return true;
        }
        return false;
    }

    /** Whether the message itself puts a figure or change of the delegation on a route. */
    private static boolean routeFigure(List<Record> records, String delegation) {
        for (Record r : records) {
            if (r instanceof Visit v && delegation.equals(v.delegation())) return true;
            if (r instanceof VisitChange c && delegation.equals(c.delegation())) return true;
        }
        return false;
    }
}
