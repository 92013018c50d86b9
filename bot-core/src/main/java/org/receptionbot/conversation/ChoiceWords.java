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

/**
 * The words that say each answer of a two-way question ({@link Choice.Option}): at the start of a reply ("嗯 新增吧",
 * "从柳州调 他不去柳州了"), and in the words after it, where they say that answer too ("调整 他是刚到的"). A switch of route
 * is said with the event's route words ("柳州那边调过来的").
 */
final class ChoiceWords {
    private static final String VERB = "(?:调整过来|调整|调过来|调来|调|转过来|转|换过来|换|挪过来|过来|改过来)";
    private static final String AWAY = "(?:线)?(?:那边|那里|那儿|这边)?(?:的人|的)?";
    /** Words that say the people are new: a switch said with them reads two ways. */
    private static final Pattern NEW_WORDS = Pattern.compile("新增|新加|新来|新到|刚到|刚来|另外(?:新?增|加)|额外|家属|原来没报");

    /** The routes' words, longest first, as alternatives of a pattern. */
    private final String routes;
    /** Each route word's route ids. */
    private final Map<String, Set<String>> routeIds = new HashMap<>();

    ChoiceWords(Event event) {
        for (VisitRoute r : event.visits())
            for (String w : r.words())
                routeIds.computeIfAbsent(w, k -> new HashSet<>()).add(r.id());
        List<String> words = new ArrayList<>(routeIds.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed());
        this.routes = words.isEmpty()
                ? "(?!)"
                : String.join("|", words.stream().map(Pattern::quote).toList());
    }

    /** The words that say {@code option} at the start of a reply, as a pattern. */
    String lead(Choice.Option option) {
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

    /** Whether the remark after an answer says {@code option} too (not as denied: "新增 不是调整" says one). */
    boolean says(String remark, Choice.Option option) {
        String r = Pattern.compile("(?:不是|不算|并不是|并非)(?:" + lead(option) + ")")
                .matcher(remark)
                .replaceAll("");
        return switch (option) {
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

    /** The ids of the route the words {@code lead} name first; empty when they name none. */
    Optional<Set<String>> routeNamed(String lead) {
        Matcher named = Pattern.compile(routes).matcher(lead);
        return named.find() ? Optional.of(routeIds.getOrDefault(named.group(), Set.of())) : Optional.empty();
    }
}
