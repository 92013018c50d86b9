package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * "不对 是5个人去了百色 1个没去", "百色去了5个 有1个没去", "北海去了4个 2个留在酒店": the people who went on a route,
 * then the ones who stayed. The figure who went is the route's figure (a VISIT, read from the message up to it); the
 * ones who stayed only say why it is lower, no drop-out of their own.
 */
final class WentAndStayed {
    private static final String UNIT = "(?:个人|个|人|位|名|位同志)?";
    /** Those who stayed, after the figure who went: "1个没去", "有2个留在酒店". */
    private static final String STAYED = "[，,。 ]+(?:另外|其中|还)?(?:有)?#" + UNIT + "(?:没有?去|没跟|没走|没参加|留在|留下|留酒店|在酒店).*";
    /** 5个人去了百色, 5个都去百色了. */
    private static final Pattern FIGURE_FIRST =
            Pattern.compile("^(?<went>.*?#" + UNIT + "(?:都|已经)?(?:去了|跟着去了|走了|去)@(?:线|组)?(?:了)?)" + STAYED);
    /** 百色去了5个, 百色线实际去了5个人. */
    private static final Pattern ROUTE_FIRST =
            Pattern.compile("^(?<went>.*?@(?:线|组)?(?:这边|那边)?(?:实际|实际上)?(?:去了|走了|跟着去了)#" + UNIT + ")" + STAYED);

    private WentAndStayed() {}

    /** {@code read} with the route's figure who went, when the message says who went and who stayed. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        Front f = m.front();
        String text = f.text();
        StringBuilder shape = new StringBuilder();
        List<Integer> ends = new ArrayList<>();
        String route = null;
        int from = 0;
        for (Mention x : f.mentions()) {
            if (x.start() < from || !(x instanceof Mention.Count || x instanceof Mention.Route)) continue;
            if (x instanceof Mention.Route r) {
                if (route != null && !route.equals(r.id())) return read;
                route = r.id();
            }
            shape.append(text, from, x.start()).append(x instanceof Mention.Route ? '@' : '#');
            from = x.end();
            ends.add(from);
        }
        shape.append(text.substring(from));
        Integer end = wentEnd(shape.toString(), ends, text.length());
        if (route == null || end == null) return read;
        List<Record> went = new ArrayList<>();
        for (Record r : m.reread().apply(text.substring(0, end)).records())
            if (r instanceof Visit v && route.equals(v.route()) && v.count() != null) went.add(v);
        if (went.size() != 1) return read;
        List<Record> kept = new ArrayList<>(went);
        for (Record r : read.records()) if (!(r instanceof Visit) && !(r instanceof VisitChange)) kept.add(r);
        List<Gap> gaps = new ArrayList<>();
        if (read instanceof ParseOutcome.Incomplete i)
            for (Gap g : i.gaps())
                if (g.missing() != Gap.Field.UNCLEAR
                        && !(g.draft() instanceof Visit)
                        && !(g.draft() instanceof VisitChange)) gaps.add(g);
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(kept, false, read.saidNow())
                : new ParseOutcome.Incomplete(kept, gaps, read.saidNow());
    }

    /** Where the words of who went end in the text, or null when the shape is no such message. */
    private static Integer wentEnd(String shape, List<Integer> ends, int length) {
        // Both shapes hold a route's @ and one of the words of staying (没…, 留…, 在酒店): with none, no regex.
        if (shape.indexOf('@') < 0 || !Spans.contains(shape, "没留在")) return null;
        for (Pattern p : List.of(FIGURE_FIRST, ROUTE_FIRST)) {
            Matcher mt = p.matcher(shape);
            if (!mt.matches()) continue;
            String went = mt.group("went");
            int marks = 0;
            for (int i = 0; i < went.length(); i++) if (went.charAt(i) == '#' || went.charAt(i) == '@') marks++;
            int lastMark = Math.max(went.lastIndexOf('#'), went.lastIndexOf('@'));
            int tail = went.length() - lastMark - 1;
            return Math.min(length, ends.get(marks - 1) + tail);
        }
        return null;
    }
}
