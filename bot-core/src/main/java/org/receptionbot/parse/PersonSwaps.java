package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * One person on a site-visit route replaced by another, the count unchanged: "李处不去北海了 换王科去",
 * "北海线张处长换成王处长去，人数不变", "王科替李处去北海". The route's figure stands, so there is nothing
 * to record; the chat layer tells the sender what it understood. A message is a swap only when, without
 * its route, its delegation and "人数不变", it is the swap and nothing else, naming one person leaving and
 * one joining (no figure, no two names).
 */
public final class PersonSwaps {
    /**
     * @param route the route named, or null when the message names none
     * @param delegation the delegation named, or null when the message names none
     */
    public record Swap(VisitRoute route, Delegation delegation, String out, String in) {}

    private static final String PERSON = "([\\p{IsHan}]{2,5}?)";
    private static final String JOIN = "(?:去|参加|顶上|补上|替上)?";
    private static final List<Pattern> SHAPES = List.of(
            // 李处不去了 换王科去, 李处长不参加了，改由王处长去
            Pattern.compile("^" + PERSON + "也?不(?:去|参加)了?，?(?:改为|改成|换成|换为|改换|换|改由|由|让)" + PERSON + JOIN + "$"),
            // 张处长换成王处长去, 李处换王科
            Pattern.compile("^" + PERSON + "(?:换成|换为|改成|改为|换)" + PERSON + JOIN + "$"));
    /** 王科替李处去, 王处长顶替张处长: the one joining first. */
    private static final Pattern IN_FOR_OUT = Pattern.compile("^" + PERSON + "(?:替换|顶替|代替|替)" + PERSON + JOIN + "$");
    /** Words no person's name or title holds: figures, meals, vehicles, groups, two people. */
    private static final Pattern NOT_A_PERSON =
            Pattern.compile("[\\d一两二三几些人个位名车饭餐线号点天团队全都另和及与跟]|我们|他们|大家|其他|其余|剩下|^[回到去过了]");
    /** A word every shape holds, to pass over other messages without work. */
    private static final Pattern CUE = Pattern.compile("[换替由让]|改[成为]");

    private static final Pattern BREAKS = Pattern.compile("[\\s,，。.；;!！、]+");
    private static final Pattern SAME = Pattern.compile("(?:总)?人数(?:不变|没变|没有变|未变|照旧)|数量不变");
    /** A lead-in or a filler said apart ("海南的考察那个 嗯 …"): the swap is what follows it. */
    private static final Pattern LEAD_IN =
            Pattern.compile("(?<=，)(?:(?:那个|这个)?的?考察(?:的事|那个|这个|这块|那块|这边)?|那个|这个|嗯+|呃|额|哦|啊)(?=，)");

    private static final Pattern OWN = Pattern.compile("^(?:我们|我团|本团|我们团|我们厅|我厅|我局|我们局)的?");

    private static final Pattern COMMAS = Pattern.compile("，+");
    private static final Pattern END_COMMAS = Pattern.compile("^，|，$");
    private static final Pattern GO_OPENING = Pattern.compile("(?<=^|，)去");
    private static final Pattern PARTICLES = Pattern.compile("[了吧啊呀哈]+(?=，|$)");
    private static final Pattern LAST_COMMA = Pattern.compile("，$");

    private final Event event;
    /** Each route with its words, longest first, and what a word said with its 线/的/考察 is: compiled once. */
    private final List<Map.Entry<VisitRoute, List<Said>>> routes = new ArrayList<>();
    /** Each delegation with its names, longest first, and what a name said as a lead-in is: compiled once. */
    private final List<Map.Entry<Delegation, List<Said>>> delegations = new ArrayList<>();

    /** A word, and the expression of the word with what may follow it (each match holds the word). */
    private record Said(String word, Pattern with) {}

    public PersonSwaps(Event event) {
        this.event = event;
        for (VisitRoute r : event.visits()) {
            List<Said> said = new ArrayList<>();
            for (String word : longestFirst(r.words()))
                said.add(new Said(word, Pattern.compile(Pattern.quote(word) + "(?:线|路线)?(?:的|那边)?(?:考察)?")));
            routes.add(Map.entry(r, said));
        }
        for (Delegation d : event.delegations()) {
            List<Said> said = new ArrayList<>();
            for (String word : longestFirst(names(d)))
                said.add(new Said(word, Pattern.compile(Pattern.quote(word) + "(?:代表团|代表队|团|队)?(?:这边|那边|这里)?的?")));
            delegations.add(Map.entry(d, said));
        }
    }

    /** The swap {@code text} says, if it is one. */
    public Optional<Swap> read(String text) {
        if (event.visits().isEmpty() || text == null || !CUE.matcher(text).find()) return Optional.empty();
        String t = "，" + BREAKS.matcher(text.strip()).replaceAll("，") + "，";
        t = SAME.matcher(t).replaceAll("，");
        VisitRoute route = null;
        for (Map.Entry<VisitRoute, List<Said>> e : routes)
            for (Said w : e.getValue()) {
                if (!t.contains(w.word())) continue;
                String left = w.with().matcher(t).replaceAll("");
                if (left.equals(t)) continue;
                if (route != null && route != e.getKey()) return Optional.empty();
                route = e.getKey();
                t = left;
            }
        Delegation delegation = null;
        for (Map.Entry<Delegation, List<Said>> e : delegations)
            for (Said w : e.getValue()) {
                // 福建的 北海线…, 福建这边…: the delegation as a lead-in, with its 的 or 这边
                if (!t.contains(w.word())) continue;
                String left = w.with().matcher(t).replaceAll("");
                if (left.equals(t)) continue;
                delegation = e.getKey();
                t = left;
            }
        t = LEAD_IN.matcher(t).replaceAll("");
        t = GO_OPENING
                .matcher(END_COMMAS.matcher(COMMAS.matcher(t).replaceAll("，")).replaceAll(""))
                .replaceAll("");
        t = LAST_COMMA
                .matcher(PARTICLES.matcher(OWN.matcher(t).replaceFirst("")).replaceAll(""))
                .replaceAll("");
        VisitRoute r = route;
        Delegation d = delegation;
        return pair(t).map(p -> new Swap(r, d, p[0], p[1]));
    }

    /** {@code outcome} without its visit records: a swap moves no one on or off a route. */
    public static ParseOutcome withoutVisits(ParseOutcome outcome) {
        List<Record> kept = outcome.records().stream()
                .filter(r -> !(r instanceof Visit) && !(r instanceof VisitChange))
                .toList();
        // The swap is understood: "没能看懂" beside it would be wrong.
        List<Gap> asks = outcome instanceof ParseOutcome.Incomplete i
                ? i.gaps().stream()
                        .filter(g -> g.missing() != Gap.Field.UNCLEAR)
                        // 柳州线王处换成陈处 人数不变: no route to ask for a swap that moves no one
                        .filter(g -> !(g.draft() instanceof Visit) && !(g.draft() instanceof VisitChange))
                        .toList()
                : List.of();
        boolean unclearDropped =
                outcome instanceof ParseOutcome.Incomplete i && i.gaps().size() != asks.size();
        if (!unclearDropped && kept.size() == outcome.records().size()) return outcome;
        if (!asks.isEmpty()) return new ParseOutcome.Incomplete(kept, asks, outcome.saidNow());
        if (kept.isEmpty()) return new ParseOutcome.NothingToRecord(outcome.saidNow());
        boolean further = outcome instanceof ParseOutcome.Understood u && u.further();
        return new ParseOutcome.Understood(kept, further, outcome.saidNow());
    }

    /** The one leaving and the one joining, each a name or a title and never the same. */
    private static Optional<String[]> pair(String t) {
        for (Pattern shape : SHAPES) {
            Matcher m = shape.matcher(t);
            if (m.matches() && people(name(m.group(1)), name(m.group(2))))
                return Optional.of(new String[] {name(m.group(1)), name(m.group(2))});
        }
        Matcher m = IN_FOR_OUT.matcher(t);
        if (m.matches() && people(name(m.group(2)), name(m.group(1))))
            return Optional.of(new String[] {name(m.group(2)), name(m.group(1))});
        return Optional.empty();
    }

    /** A name as taken: the 的 left of a delegation or route said before it ("湖南的李处") is not part of it. */
    private static String name(String taken) {
        return taken.startsWith("的") ? taken.substring(1) : taken;
    }

    private static boolean people(String out, String in) {
        return !NOT_A_PERSON.matcher(out).find() && !NOT_A_PERSON.matcher(in).find() && !out.equals(in);
    }

    private static List<String> names(Delegation d) {
        List<String> all = new ArrayList<>(d.aliases());
        all.add(d.name());
        return all.stream().filter(n -> n.length() > 1).toList();
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
