package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Headcount;
import org.receptionbot.record.Record;

/**
 * A bus's figure said bare, with no unit word, beside a remark on who is missing or who came back: "实到28
 * 还差一个云南的在上厕所", "1号车 到了35 少了河南的一个", "刚才那个回来了 29人", "人齐了 35". The figure is the bus's head
 * count: of the bus named, else of the sender's bus, read again as a plain count ("1号车实到35人"); with no bus known,
 * which one is asked ({@link Gap.Field#VEHICLE}), never silence. The remark records nothing.
 */
final class BusCountRemarks {
    /** A count, then who is short of it: "实到28 还差一个…", "到了35 少了河南的一个". */
    private static final Pattern COUNT_THEN_SHORT = Pattern.compile(
            "^\\s*(?:实到|到了|上了|来了|已到|一共|共|现在|目前|点了|清点|人齐了|齐了)?\\s*(?<n>#)\\s*(?:个人|个|人|位|名)?\\s*[，,。 ]+\\s*"
                    + "(?:还|但是|但|就|只)?(?:差|少|缺|欠)(?:了)?.*");
    /** Who came back or is all there, then the count: "刚才那个回来了 29人", "人齐了 35", "都上车了 现在31". */
    private static final Pattern BACK_THEN_COUNT =
            Pattern.compile("^.*(?:回来了|上来了|上车了|找到了|到齐了|人齐了|齐了)\\s*[，,。 ]*\\s*(?:现在|目前|一共|共|总共)?(?:是)?\\s*(?<n>#)\\s*"
                    + "(?:个人|个|人|位|名)?(?:了)?\\s*(?:齐了|到齐了|都齐了)?\\s*[。!！]*\\s*$");

    /** Mentions that make the message more than a bus's count. */
    private static final List<Class<? extends Mention>> OTHER_MATTERS = List.of(
            Mention.Meals.class, Mention.Day.class, Mention.Clock.class, Mention.Transport.class, Mention.Route.class);

    private BusCountRemarks() {}

    /** {@code read} with the bus's head count, when the rules read nothing of a message that is such a count. */
    static ParseOutcome settled(ParseOutcome read, SettlingStep.Message m) {
        if (!read.records().isEmpty() || read instanceof ParseOutcome.Understood) return read;
        Front f = m.front();
        String text = f.text();
        if (text.contains("?") || text.contains("？") || text.contains("吗") || LateToBus.travel(text)) return read;
        List<Mention.Vehicle> vehicles = new ArrayList<>();
        StringBuilder shape = new StringBuilder();
        int from = 0;
        List<Integer> figures = new ArrayList<>();
        for (Mention x : f.mentions()) {
            for (Class<? extends Mention> k : OTHER_MATTERS) if (k.isInstance(x)) return read;
            if (x instanceof Mention.Vehicle v) {
                vehicles.add(v);
                shape.append(text, from, v.start());
                from = v.end();
            } else if (x instanceof Mention.Count c && from <= c.start()) {
                shape.append(text, from, c.start()).append('#');
                figures.add(c.value());
                from = c.end();
            }
        }
        shape.append(text.substring(from));
        Integer n = figure(shape.toString(), figures);
        if (n == null || vehicles.size() > 1 || n < 2) return read;
        String bus = vehicles.isEmpty()
                ? ""
                : text.substring(vehicles.get(0).start(), vehicles.get(0).end());
        ParseOutcome again = m.reread().apply(bus + "实到" + n + "人");
        for (Record r : again.records())
            if (r instanceof Headcount h) return new ParseOutcome.Understood(List.of(h), false, read.saidNow());
        Gap ask = new Gap(
                Gap.Field.VEHICLE, new Headcount(null, n, null), f.original().strip());
        return new ParseOutcome.Incomplete(List.of(), List.of(ask), read.saidNow());
    }

    /** The figure counted in a message of the shape (vehicles left out, figures as #), or null. */
    private static Integer figure(String shape, List<Integer> figures) {
        if (shape.indexOf('#') < 0) return null;
        var shortOf = COUNT_THEN_SHORT.matcher(shape);
        if (shortOf.matches()) return figureAt(shape, shortOf.start("n"), figures);
        var back = BACK_THEN_COUNT.matcher(shape);
        if (back.matches()) return figureAt(shape, back.start("n"), figures);
        return null;
    }

    private static Integer figureAt(String shape, int at, List<Integer> figures) {
        int k = 0;
        for (int i = 0; i < at; i++) if (shape.charAt(i) == '#') k++;
        return k < figures.size() ? figures.get(k) : null;
    }
}
