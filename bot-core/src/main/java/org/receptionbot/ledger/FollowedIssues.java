package org.receptionbot.ledger;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * Which pending issue a problem just reported follows up: one of the same delegation (with none, of
 * the same sender) and category, still waiting to be resolved, when the problem is said as still or
 * again so ("洗澡水还是冷的") or soon after the last word on that issue. A problem said as another
 * besides ("另外空调也坏了") follows up nothing, nor one whose room or vehicle differs from every one
 * the issue named ("302房间没有热水" after "301房间没有热水"). Two requests of food for the kitchen ("明天早饭打包8份"
 * then "给晚到的4个留饭") are two orders, however soon the second comes: only one said as still or again follows up.
 */
final class FollowedIssues {
    /** A problem of the same kind said within this time of the last word on an issue is that issue. */
    static final Duration SOON = Duration.ofMinutes(15);

    private FollowedIssues() {}

    /** The issue among {@code tickets} that {@code issue}, said in {@code source}, follows up; the latest said wins. */
    static Optional<IssueTicket> of(Issue issue, Source source, List<IssueTicket> tickets) {
        if (issue.said() == Issue.Said.BESIDES) return Optional.empty();
        Optional<IssueTicket> pending = tickets.stream()
                .filter(t -> t.pending() && t.issue().category() == issue.category())
                .filter(t -> !t.reported().messageRef().equals(source.messageRef()))
                .filter(t -> sameParty(t, issue, source) && samePlace(t, issue))
                .filter(t -> issue.said() == Issue.Said.STILL
                        || !source.at().isAfter(t.lastSaid().plus(SOON)) && !twoFoodOrders(t, issue))
                .max(Comparator.comparing(IssueTicket::lastSaid));
        return pending.isPresent() ? pending : ClosedIssues.reopened(issue, source, tickets);
    }

    /** Both the issue and the problem just said ask the kitchen for food: packed, kept or counted in portions. */
    private static boolean twoFoodOrders(IssueTicket t, Issue issue) {
        return issue.category() == IssueCategory.MEAL
                && FOOD_ORDER.matcher(issue.text()).find()
                && FOOD_ORDER.matcher(t.issue().text()).find();
    }

    /** Words of an order of food: 打包, 留饭, 留4份, 送三份. */
    private static final Pattern FOOD_ORDER =
            Pattern.compile("打包|留[^，,。！!？?\\s]{0,4}?(?:饭|餐|份)|[0-9０-９一二两三四五六七八九十]+\\s*份");

    /** False only when both name places (rooms, vehicles) and none is the same. */
    static boolean samePlace(IssueTicket t, Issue issue) {
        Set<String> now = places(issue.text());
        if (now.isEmpty()) return true;
        Set<String> before = places(t.issue().text());
        t.followUps().forEach(f -> before.addAll(places(f.issue().text())));
        return before.isEmpty() || before.stream().anyMatch(now::contains);
    }

    /** Room and vehicle numbers: runs of three digits or more (301, 1205), or digits before 号, 车, 房, 室. */
    static Set<String> places(String text) {
        Set<String> places = new HashSet<>();
        if (text == null) return places;
        int i = 0;
        while (i < text.length()) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && digit(text.charAt(end))) end++;
            boolean marked = end < text.length() && "号车房室".indexOf(text.charAt(end)) >= 0;
            if (end - i >= 3 || marked) places.add(ascii(text.substring(i, end)));
            i = end;
        }
        return places;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static String ascii(String digits) {
        StringBuilder s = new StringBuilder();
        for (char c : digits.toCharArray()) s.append(c >= '０' ? (char) (c - '０' + '0') : c);
        return s.toString();
    }

    static boolean sameParty(IssueTicket t, Issue issue, Source source) {
        if (issue.delegation() != null)
            return issue.delegation().equals(t.issue().delegation());
        return t.issue().delegation() == null && t.reported().senderId().equals(source.senderId());
    }
}
