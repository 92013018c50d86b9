package org.receptionbot.conversation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.IssueTicket;
import org.receptionbot.record.IssueCategory;

/**
 * Which pending issues a message means without giving a number: those of the delegation it names, narrowed to
 * those it shares a topic with (two characters in a row of the issue's words, or a word of its kind, such as 车
 * for a vehicle issue); a delegation named with no topic means its issues only when the words point at one (问题,
 * 事, 那个: "贵州的事情受理一下", not "贵州收到"). A message naming neither a delegation nor a topic means none.
 */
final class IssuesInWords {
    private static final Set<String> COMMON = Set.of(
            "问题", "那个", "这个", "事情", "一下", "收到", "已经", "通知", "联系", "安排", "处理", "受理", "解决", "代表", "表团", "还是", "还在", "没有",
            "来了", "了没", "没用", "好了", "师傅", "保洁", "酒店");
    private static final Set<String> PLACES = Set.of("房间", "卫生", "生间");
    private static final Map<IssueCategory, Pattern> KIND = Map.of(
            IssueCategory.VEHICLE, Pattern.compile("车|司机"),
            IssueCategory.HEALTH, Pattern.compile("医|病|发烧|受伤"),
            IssueCategory.MEAL, Pattern.compile("饭|餐|吃"),
            IssueCategory.HYGIENE, Pattern.compile("卫生|脏|虫|蟑螂|异味"),
            IssueCategory.ROOM, Pattern.compile("房间|住宿|热水|空调|漏水"));
    /** A step taken and with whom: 已联系车队, 已经通知酒店工程部, 派了医生. */
    private static final Pattern STEP_TAKEN = Pattern.compile("(?:已经?|马上|正在|刚)?(?:通知|联系|安排|派|找)了?[^\\s，,。；;！!]*");

    private static final Pattern PARTICLES = Pattern.compile("[的了吗呢吧啊呀么着过个]");
    private static final Pattern POINTED = Pattern.compile("问题|事|那个");
    private static final Pattern STILL_WRONG = Pattern.compile("[还又仍].{0,6}(?:漏|坏|没用|不行|没|不|修|冷|臭|脏|吵)");

    private final Event event;

    IssuesInWords(Event event) {
        this.event = event;
    }

    /** The pending tickets among {@code tickets} that {@code text} names by delegation and topic, by number. */
    List<IssueTicket> named(String text, List<IssueTicket> tickets) {
        Set<String> delegations = new HashSet<>();
        String rest = withoutNames(text, delegations);
        List<IssueTicket> pending = tickets.stream()
                .filter(IssueTicket::pending)
                .filter(t ->
                        delegations.isEmpty() || delegations.contains(t.issue().delegation()))
                .toList();
        String words = rest;
        List<IssueTicket> onTopic =
                pending.stream().filter(t -> onTopic(words, t)).toList();
        if (onTopic.size() > 1) {
            List<IssueTicket> said = saidOf(words, onTopic);
            if (!said.isEmpty()) return said;
        }
        if (!onTopic.isEmpty()) return onTopic;
        return delegations.isEmpty() || !POINTED.matcher(text).find() ? List.of() : pending;
    }

    /**
     * Words naming delegations none of whose pending issues they fit ("湖南那个空调的问题收到了" when the air conditioning is
     * 河南's): the delegations named, and the pending issues of others on the words' topic; empty when the words name no
     * delegation, or neither point at a problem nor share a topic with another's.
     */
    Optional<Unmatched> unmatched(String text, List<IssueTicket> tickets) {
        Set<String> delegations = new HashSet<>();
        String rest = withoutNames(text, delegations);
        if (delegations.isEmpty()) return Optional.empty();
        List<IssueTicket> close = tickets.stream()
                .filter(IssueTicket::pending)
                .filter(t -> !delegations.contains(t.issue().delegation()))
                .filter(t -> sharesPairs(pairs(rest), t))
                .toList();
        if (close.isEmpty() && !POINTED.matcher(text).find()) return Optional.empty();
        List<Delegation> named = event.delegations().stream()
                .filter(d -> delegations.contains(d.id()))
                .toList();
        return Optional.of(new Unmatched(named, close));
    }

    /** Delegations named by words that fit none of their pending issues, and others' issues on those words' topic. */
    record Unmatched(List<Delegation> named, List<IssueTicket> close) {}

    /** {@code text} with the delegations' names blanked, the ids of those named added to {@code named}. */
    private String withoutNames(String text, Set<String> named) {
        String rest = text;
        for (Delegation d : event.delegations()) {
            for (String name : d.words()) {
                if (rest.contains(name)) {
                    named.add(d.id());
                    rest = rest.replace(name, " ");
                }
            }
        }
        return rest;
    }

    /**
     * Among several issues on topic, those that share the message's own words ("江苏那个队旗的事情收到了 已联系车队":
     * 队旗), a particle's pair (的事, 到了) and whom a step was taken with (已联系车队) aside; empty when none does.
     */
    private static List<IssueTicket> saidOf(String words, List<IssueTicket> onTopic) {
        Set<String> own = pairs(STEP_TAKEN.matcher(words).replaceAll(" "));
        own.removeIf(p -> PARTICLES.matcher(p).find());
        return onTopic.stream().filter(t -> sharesPairs(own, t)).toList();
    }

    /** Whether a liaison's unread words are about {@code t}: a topic in common, or said as still wrong. */
    static boolean about(String text, IssueTicket t) {
        return onTopic(text, t) || STILL_WRONG.matcher(text).find();
    }

    /** Whether words read as nothing to record are about {@code t}: a topic in common and said as still wrong. */
    static boolean stillWrongAbout(String text, IssueTicket t) {
        return onTopic(text, t) && STILL_WRONG.matcher(text).find();
    }

    /** Whether {@code text} says something is still wrong (还在漏, 又坏了, 还是没用). */
    static boolean stillWrong(String text) {
        return STILL_WRONG.matcher(text).find();
    }

    /** Whether {@code text} shares a word with what {@code t} says, a room or restroom aside. */
    static boolean sharesWords(String text, IssueTicket t) {
        Set<String> pairs = pairs(text);
        pairs.removeAll(PLACES);
        return sharesPairs(pairs, t);
    }

    /** Whether {@code text} shares a topic with {@code t}: a word of its kind or two characters of its words. */
    static boolean onTopic(String text, IssueTicket t) {
        Pattern kind = KIND.get(t.issue().category());
        if (kind != null && kind.matcher(text).find()) return true;
        return sharesPairs(pairs(text), t);
    }

    /** Whether {@code pairs} shares one with what {@code t} says, in either order (崴脚 and 把脚崴了). */
    private static boolean sharesPairs(Set<String> pairs, IssueTicket t) {
        Set<String> said = new HashSet<>();
        pairs(t.issue().text()).forEach(p -> said.add(unordered(p)));
        t.followUps().forEach(f -> pairs(f.issue().text()).forEach(p -> said.add(unordered(p))));
        return pairs.stream().anyMatch(p -> said.contains(unordered(p)));
    }

    private static String unordered(String pair) {
        return pair.charAt(0) <= pair.charAt(1)
                ? pair
                : new StringBuilder(pair).reverse().toString();
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            String pair = text.substring(i, i + 2);
            if (pair.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !COMMON.contains(pair)) pairs.add(pair);
        }
        return pairs;
    }
}
