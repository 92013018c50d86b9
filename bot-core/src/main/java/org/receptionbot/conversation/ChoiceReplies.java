package org.receptionbot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A reply with words around its answer to the sender's open two-way question ({@link Choice}). Any question takes a
 * reply that leads with one of its answers, with fillers before it and a remark after it: "嗯 新增吧", "是新增的 刚到的处长",
 * "从柳州调 他不去柳州了", "不是调整 是新增" ({@link #read}); the remark is only a note. The 同车/更正 question also takes
 * its answer said anywhere in the reply: "一起的 我们跟湖南一辆车" ({@link #said}). A reply that says both answers, names a
 * route the question did not offer, or gives a figure the question did not ask about reads two ways, and a bare yes to
 * a question that asks which reads neither: it is {@link AskedAgain}, and nothing changes.
 */
final class ChoiceReplies {
    /** What a reply says to the open question. */
    sealed interface Read permits Chosen, AskedAgain {}

    /** The answer chosen, and the words after it (empty when none). */
    record Chosen(Choice.Option option, String remark) implements Read {}

    /** A reply that chooses no answer for sure: the sender is asked again with {@code question}. */
    record AskedAgain(String question) implements Read {}

    private static final Pattern FILLERS =
            Pattern.compile("^(?:(?:嗯+|哦+|噢+|呃+|额|啊|哎|诶|那个|那就|那|就|好的|好|行|收到|ok|OK|Ok)[，,。！!\\s~～…]*)+");
    private static final String PREFIX = "(?:应该是|就是|属于|算是|是|算|按|选)?";
    private static final String PARTICLES = "(?:的|吧|啊|呀|哈|了|呢|嘛|哦)*";
    private static final String SEPARATORS = "[，,。；;！!\\s:：~～…-]*";
    private static final String PAUSE = "，,。；;！!：: ~～…-";
    private static final Pattern NEGATED = Pattern.compile("^(?:不是|不算|并不是|并非|不属于)");
    /** A figure of people, or digits. */
    private static final Pattern FIGURE = Pattern.compile("([0-9]+)|([零一二两俩三四五六七八九十]+)\\s*(?:个人|个|人|位|名)");

    private final ChoiceWords words;

    ChoiceReplies(Event event) {
        this.words = new ChoiceWords(event);
    }

    /**
     * What {@code text} says to the open question of {@code offered} (its two answers) when it leads with one of them;
     * empty when it leads with neither.
     */
    Optional<Read> read(String text, List<Choice.Offered> offered) {
        return lead(text, text, offered);
    }

    /**
     * What {@code text} says, anywhere in it, to the question whether a count of another delegation's bus is 同车 or 更正
     * ({@code shared}, the records 同车 would apply): the one answer it says ({@link BusWords#ridesAlong}, {@link
     * BusWords#replaces}); a yes that says neither, or both, is asked again. Empty when it names a bus or a figure not
     * asked about, or says no answer and no yes.
     */
    Optional<Read> said(String text, List<Record> shared) {
        if (!BusWords.onlyAsked(text, shared)) return Optional.empty();
        boolean along = BusWords.ridesAlong(text);
        boolean replaces = BusWords.replaces(text);
        if (along && !replaces) return Optional.of(new Chosen(Choice.Option.SHARED, ""));
        if (replaces && !along) return Optional.of(new Chosen(Choice.Option.REPLACED, ""));
        if (BusWords.confirms(text))
            return Optional.of(new AskedAgain("未记录：请点按钮选择，或回复“同车”（两团人数分别记录）或“更正”/“代报”（作为该车所属代表团的人数）。"));
        return Optional.empty();
    }

    /** What {@code text}, the whole {@code reply} or the words after a denied answer, leads with. */
    private Optional<Read> lead(String reply, String text, List<Choice.Offered> offered) {
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
                return lead(reply, after, offered)
                        .filter(r -> !(r instanceof Chosen c) || c.option() == other.option())
                        .or(() -> Optional.of(twoWays(reply, offered)));
            }
            return Optional.empty();
        }
        int a = leadEnd(first.option(), t, true);
        int b = leadEnd(second.option(), t, true);
        if (a < 0 && b < 0) return Optional.empty();
        if (a == b) return Optional.of(twoWays(reply, offered));
        Choice.Offered chosen = a > b ? first : second;
        Choice.Offered other = a > b ? second : first;
        String lead = t.substring(0, Math.max(a, b));
        String remark =
                t.substring(lead.length()).replaceFirst("^" + SEPARATORS, "").replaceAll("[。！!.，,]+$", "");
        if (!offeredRoute(lead, chosen, other) || words.says(remark, other.option()) || !asked(remark, offered))
            return Optional.of(twoWays(reply, offered));
        return Optional.of(new Chosen(chosen.option(), remark));
    }

    private static Read twoWays(String reply, List<Choice.Offered> offered) {
        return new AskedAgain("未作变更：“" + reply + "”不能确定选的是哪一项。请点按钮或回复“"
                + offered.get(0).option().word() + "”或“"
                + offered.get(1).option().word() + "”；如另有报告，请回答后单独发送。");
    }

    /**
     * Where the answer {@code option} said at the start of {@code t} ends, with its particles; -1 when it does not
     * start {@code t}. A one-character answer (是, 对, 不) stands alone or before a pause.
     */
    private int leadEnd(Choice.Option option, String t, boolean prefixed) {
        Matcher m = Pattern.compile("^" + (prefixed ? PREFIX : "") + "(" + words.lead(option) + ")")
                .matcher(t);
        if (!m.find()) return -1;
        if (m.group(1).length() == 1) return m.end() == t.length() || paused(t.charAt(m.end())) ? m.end() : -1;
        Matcher particles = Pattern.compile("^" + PARTICLES).matcher(t.substring(m.end()));
        return particles.find() ? m.end() + particles.end() : m.end();
    }

    private static boolean paused(char c) {
        return Character.isWhitespace(c) || PAUSE.indexOf(c) >= 0;
    }

    private static boolean pairOf(Choice.Option option, Choice.Option of) {
        return option == of || option == of.other();
    }

    /** A switch naming a route says the route the question offered to take people from. */
    private boolean offeredRoute(String lead, Choice.Offered chosen, Choice.Offered other) {
        if (chosen.option() != Choice.Option.SWITCHED) return true;
        Set<String> from = fromRoutes(chosen.records(), other.records());
        return words.routeNamed(lead)
                .map(ids -> ids.stream().anyMatch(from::contains))
                .orElse(true);
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
