package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.event.VisitRoute;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A reply to the sender's open two-way question ({@link Choice}) that leads with one of its answers, with fillers
 * before it and a remark after it: "嗯 新增吧", "是新增的 刚到的处长", "从柳州调 他不去柳州了", "不是调整 是新增". The
 * remark is only a note. A reply that says both answers, names a route the question did not offer, or gives a figure
 * the question did not ask about reads two ways: it is {@link Unclear}, and nothing changes.
 */
final class ChoiceReplies {
    /** What a reply says to the open question. */
    sealed interface Read permits Chosen, Unclear {}

    /** The answer chosen, and the words after it (empty when none). */
    record Chosen(Choice.Option option, String remark) implements Read {}

    /** A reply that leads with an answer but reads two ways. */
    record Unclear() implements Read {}

    private static final Pattern FILLERS =
            Pattern.compile("^(?:(?:嗯+|哦+|噢+|呃+|额|啊|哎|诶|那个|那就|那|就|好的|好|行|收到|ok|OK|Ok)[，,。！!\\s~～…]*)+");
    private static final String PREFIX = "(?:应该是|就是|属于|算是|是|算|按|选)?";
    private static final String PARTICLES = "(?:的|吧|啊|呀|哈|了|呢|嘛|哦)*";
    private static final String SEPARATORS = "[，,。；;！!\\s:：~～…-]*";
    private static final String PAUSE = "，,。；;！!：: ~～…-";
    private static final Pattern NEGATED = Pattern.compile("^(?:不是|不算|并不是|并非|不属于)");
    private static final String VERB = "(?:调整过来|调整|调过来|调来|调|转过来|转|换过来|换|挪过来|过来|改过来)";
    private static final String AWAY = "(?:线)?(?:那边|那里|那儿|这边)?(?:的人|的)?";
    /** Words that say the people are new: a switch said with them reads two ways. */
    private static final Pattern NEW_WORDS = Pattern.compile("新增|新加|新来|新到|刚到|刚来|另外(?:新?增|加)|额外|家属|原来没报");
    /** A figure of people, or digits. */
    private static final Pattern FIGURE = Pattern.compile("([0-9]+)|([零一二两俩三四五六七八九十]+)\\s*(?:个人|个|人|位|名)");

    /** The routes' words, longest first, as alternatives of a pattern. */
    private final String routes;
    /** Each route word's route ids. */
    private final Map<String, Set<String>> routeIds = new HashMap<>();

    ChoiceReplies(Event event) {
        for (VisitRoute r : event.visits())
            for (String w : r.words())
                routeIds.computeIfAbsent(w, k -> new HashSet<>()).add(r.id());
        List<String> words = new ArrayList<>(routeIds.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed());
        this.routes = words.isEmpty()
                ? "(?!)"
                : String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** What {@code text} says to the open question of {@code offered} (its two answers); empty when it leads with neither. */
    Optional<Read> read(String text, List<Choice.Offered> offered) {
        String t = FILLERS.matcher(text.strip()).replaceFirst("");
        Choice.Offered first = offered.get(0);
        Choice.Offered second = offered.get(1);
        Matcher negated = NEGATED.matcher(t);
        if (!pairOf(first.option(), Choice.Option.AGAIN) && negated.find()) {
            String rest = t.substring(negated.end());
            for (Choice.Offered denied : offered) {
                int end = leadEnd(denied.option(), rest, false);
                if (end < 0) continue;
                Choice.Offered other = denied == first ? second : first;
                String after = rest.substring(end).replaceFirst("^" + SEPARATORS + "(?:而|应该)?", "");
                if (after.isEmpty()) return Optional.of(new Chosen(other.option(), ""));
                return read(after, offered)
                        .filter(r -> !(r instanceof Chosen c) || c.option() == other.option())
                        .or(() -> Optional.of(new Unclear()));
            }
            return Optional.empty();
        }
        int a = leadEnd(first.option(), t, true);
        int b = leadEnd(second.option(), t, true);
        if (a < 0 && b < 0) return Optional.empty();
        if (a == b) return Optional.of(new Unclear());
        Choice.Offered chosen = a > b ? first : second;
        Choice.Offered other = a > b ? second : first;
        String lead = t.substring(0, Math.max(a, b));
        String remark =
                t.substring(lead.length()).replaceFirst("^" + SEPARATORS, "").replaceAll("[。！!.，,]+$", "");
        if (!offeredRoute(lead, chosen, other) || saysOther(remark, other.option()) || !asked(remark, offered))
            return Optional.of(new Unclear());
        return Optional.of(new Chosen(chosen.option(), remark));
    }

    /**
     * Where the answer {@code option} said at the start of {@code t} ends, with its particles; -1 when it does not
     * start {@code t}. A one-character answer (是, 对, 不) stands alone or before a pause.
     */
    private int leadEnd(Choice.Option option, String t, boolean prefixed) {
        Matcher m = Pattern.compile("^" + (prefixed ? PREFIX : "") + "(" + lead(option) + ")")
                .matcher(t);
        if (!m.find()) return -1;
        if (m.group(1).length() == 1) return m.end() == t.length() || paused(t.charAt(m.end())) ? m.end() : -1;
        Matcher particles = Pattern.compile("^" + PARTICLES).matcher(t.substring(m.end()));
        return particles.find() ? m.end() + particles.end() : m.end();
    }

    private static boolean paused(char c) {
        return Character.isWhitespace(c) || PAUSE.indexOf(c) >= 0;
    }

    private String lead(Choice.Option option) {
        return switch (option) {
            case ADDED -> "(?:另外|额外)?(?:新增(?:人员|加)?|新加|新来|新到|刚到|刚来|新人|增加(?:人员)?|加人|新的)";
            case SWITCHED ->
                "调整过来|调整|调过来|调来|调线|改线|换线|转线|从其他线路调整" + "|从(?:" + routes + ")" + AWAY + VERB + "?|(?:" + routes + ")"
                        + AWAY + VERB;
            case PLANNED -> "按原计划|按计划|原计划|照常|照旧|按原来的?";
            case REPORTED -> "按已报(?:人数|的)?|已报(?:人数|的)?|按报的|保持";
            case AGAIN -> "是的|对的|确认|要再[加减]|再减|再加|是|对";
            case ONCE -> "是重复的?|重复了|重复发的?|不用|不要|不需要|不是|否|不";
            case SHARED -> "是同车|同车|同一辆车|一辆车|一起坐|坐一起|一起走|同乘|一起";
            case REPLACED -> "是更正|更正|代报|是全车人数|全车人数|全车";
        };
    }

    private static boolean pairOf(Choice.Option option, Choice.Option of) {
        return option == of || option == of.other();
    }

    /** A switch naming a route says the route the question offered to take people from. */
    private boolean offeredRoute(String lead, Choice.Offered chosen, Choice.Offered other) {
        if (chosen.option() != Choice.Option.SWITCHED) return true;
        Matcher named = Pattern.compile(routes).matcher(lead);
        if (!named.find()) return true;
        Set<String> from = fromRoutes(chosen.records(), other.records());
        return routeIds.getOrDefault(named.group(), Set.of()).stream().anyMatch(from::contains);
    }

    /** Whether the remark says the other answer too (not as denied: "新增 不是调整" says one). */
    private boolean saysOther(String remark, Choice.Option other) {
        String r = Pattern.compile("(?:不是|不算|并不是|并非)(?:" + lead(other) + ")")
                .matcher(remark)
                .replaceAll("");
        return switch (other) {
            case SWITCHED ->
                Pattern.compile("调|从(?:" + routes + ")|不去(?:" + routes + ")|改去|换去")
                        .matcher(r)
                        .find();
            case ADDED -> NEW_WORDS.matcher(r).find();
            case PLANNED -> r.contains("原计划") || r.contains("照常");
            case REPORTED -> r.contains("已报");
            case AGAIN -> r.contains("再加") || r.contains("再减") || r.contains("确认");
            case ONCE -> r.contains("重复") || r.contains("不用");
            case SHARED -> r.contains("同车") || r.contains("一起");
            case REPLACED -> r.contains("更正") || r.contains("全车");
        };
    }

    /** Whether each figure in the remark is one the question is about (the people added or moved, the route's figure). */
    private static boolean asked(String remark, List<Choice.Offered> offered) {
        Set<Integer> counts = new HashSet<>();
        for (Choice.Offered o : offered)
            for (Record r : o.records()) {
                if (r instanceof VisitChange c && c.count() != null) counts.add(c.count());
                if (r instanceof Visit v && v.count() != null && o.option() == Choice.Option.ADDED)
                    counts.add(v.count());
            }
        Matcher m = FIGURE.matcher(remark);
        while (m.find()) {
            int n = Numbers.read(m.group()).orElse(-1);
            if (!counts.contains(n)) return false;
        }
        return true;
    }

    /** The routes a switch takes people from: a change's route left, or a route lowered that the addition leaves as it is. */
    private static Set<String> fromRoutes(List<Record> switched, List<Record> added) {
        Set<String> kept = new HashSet<>();
        for (Record r : added) if (r instanceof Visit v) kept.add(v.route());
        Set<String> from = new HashSet<>();
        for (Record r : switched) {
            if (r instanceof VisitChange c && c.from() != null) from.add(c.from());
            if (r instanceof Visit v && !kept.contains(v.route())) from.add(v.route());
        }
        return from;
    }
}
