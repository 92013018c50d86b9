package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Meal;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Record;

/**
 * Figures of the teams of a 接龙 corrected with no meal said ("刚才接龙里天津是28 上海是25 河北36 我看错了", "接龙上湖南应该是30
 * 贵州42 写错了"): each team named with a figure is recorded for the serving of the chat's last 接龙 (a message with meal
 * figures of two or more teams for one serving, of today or tomorrow) that lists it. The message must say 接龙 or that a
 * figure was wrong, name no meal and no day, and give a figure after every team it names.
 */
final class ListCorrections {
    private static final Pattern CUE = Pattern.compile("接龙|[看写报搞弄填抄说记]错|不对|更正|应该是|改成|改为");
    private static final Pattern WHEN = Pattern.compile("今天|明天|后天|今晚|明晚|明早|今早|中午|晚上|早上|上午|下午|宵夜|夜宵");
    private static final String FIGURE = "(\\d{1,3}|[一二两三四五六七八九十]{1,4})";
    private static final String BETWEEN = "(?:代表团|代表队|队|团)?的?\\s*(?:是|为|改成|改为|应该是|应为|报)?\\s*[:：]?\\s*";
    private static final String AFTER = "\\s*(?:个人|个|人|位|名)?(?![\\d号房点:：车位])";

    private final Event event;
    private final Ledger ledger;
    private final Pattern named;
    private final Map<String, Delegation> byWord = new LinkedHashMap<>();

    ListCorrections(Event event, Ledger ledger) {
        this.event = event;
        this.ledger = ledger;
        for (Delegation d : event.delegations())
            for (String w : d.words()) if (w.length() > 1) byWord.putIfAbsent(w, d);
        String words = byWord.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.named = Pattern.compile("(" + words + ")");
    }

    /**
     * {@code parsed} with each team's corrected figure for the serving of the last 接龙 in place of what the parser made
     * of those teams (a question for the meal, a figure of a meal it guessed); {@code parsed} itself when the message is
     * no such correction.
     */
    ParseOutcome read(ParseOutcome parsed, String text, Asked asked) {
        if (!CUE.matcher(text).find() || WHEN.matcher(text).find() || mealNamed(text)) return parsed;
        Optional<Map<String, Integer>> figures = figures(text);
        if (figures.isEmpty()) return parsed;
        Optional<List<MealRecord>> list = lastList(asked);
        if (list.isEmpty()) return parsed;
        MealRecord serving = list.get().get(0);
        Set<String> listed = list.get().stream().map(MealRecord::delegation).collect(Collectors.toSet());
        if (!listed.containsAll(figures.get().keySet())) return parsed;
        List<Record> records = new ArrayList<>();
        figures.get().forEach((d, n) -> records.add(new MealCount(d, serving.date(), serving.meal(), n)));
        Set<String> corrected = figures.get().keySet();
        parsed.records().stream().filter(r -> !about(r, corrected)).forEach(records::add);
        List<Gap> gaps = parsed instanceof ParseOutcome.Incomplete i
                ? i.gaps().stream().filter(g -> !about(g.draft(), corrected)).toList()
                : List.of();
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(records, false, parsed.saidNow())
                : new ParseOutcome.Incomplete(records, gaps, parsed.saidNow());
    }

    /** Each team named and the figure right after it, in the order said; empty when a team is named with none. */
    private Optional<Map<String, Integer>> figures(String text) {
        Map<String, Integer> figures = new LinkedHashMap<>();
        Matcher m = named.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Matcher f = Pattern.compile("^" + BETWEEN + FIGURE + AFTER).matcher(text.substring(m.end()));
            if (!f.find()) return Optional.empty();
            String d = byWord.get(m.group(1)).id();
            Optional<Integer> n = Numbers.read(f.group(1));
            if (n.isEmpty() || figures.containsKey(d)) return Optional.empty();
            figures.put(d, n.get());
            from = m.end() + f.end();
        }
        return figures.isEmpty() ? Optional.empty() : Optional.of(figures);
    }

    private boolean mealNamed(String text) {
        return event.meals().stream().map(Meal::names).flatMap(List::stream).anyMatch(text::contains);
    }

    /**
     * The meal records of the chat's last 接龙 in force: the latest message of the chat with meal records of two or
     * more teams, all for one serving of today or tomorrow.
     */
    private Optional<List<MealRecord>> lastList(Asked asked) {
        Map<String, List<Entry>> byMessage = new LinkedHashMap<>();
        for (LocalDate day : List.of(asked.today(), asked.today().plusDays(1)))
            for (Entry e : ledger.day(day).active())
                if (e.record() instanceof MealRecord && e.source().chat().equals(asked.chat()))
                    byMessage
                            .computeIfAbsent(e.source().messageRef(), k -> new ArrayList<>())
                            .add(e);
        return byMessage.values().stream()
                .filter(ListCorrections::oneServingOfTeams)
                .max(Comparator.comparing(ListCorrections::sentAt))
                .map(es -> es.stream().map(e -> (MealRecord) e.record()).toList());
    }

    private static boolean oneServingOfTeams(List<Entry> entries) {
        List<MealRecord> records =
                entries.stream().map(e -> (MealRecord) e.record()).toList();
        MealRecord first = records.get(0);
        return records.stream().map(MealRecord::delegation).distinct().count() > 1
                && records.stream()
                        .allMatch(r -> r.date().equals(first.date()) && r.meal().equals(first.meal()));
    }

    private static Instant sentAt(List<Entry> entries) {
        return entries.stream()
                .map(e -> e.source().at())
                .max(Comparator.naturalOrder())
                .orElse(Instant.MIN);
    }

    private static boolean about(Record r, Set<String> delegations) {
        return r instanceof MealRecord m && delegations.contains(m.delegation());
    }
}
