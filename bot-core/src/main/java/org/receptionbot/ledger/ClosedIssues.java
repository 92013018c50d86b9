package org.receptionbot.ledger;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.receptionbot.record.Issue;

/**
 * Which resolved issue a problem said as still wrong reopens ({@link Reopening}): with no pending issue it follows up
 * ({@link FollowedIssues}), one of the same party and kind resolved within {@link #RECENT} before, on the same thing:
 * a room or vehicle both name ("1510那间还是没打扫" after "1510房间还没打扫"), else, when one names none, two characters
 * of its words in common (打扫, 暖气); the latest resolved wins.
 */
final class ClosedIssues {
    /** How long after its resolution an issue said again as still wrong is reopened rather than opened anew. */
    static final Duration RECENT = Duration.ofDays(2);
    /** Pairs any two problems may share without being about the same thing. */
    private static final Set<String> GENERIC =
            Set.of("还是", "还没", "没有", "一下", "麻烦", "我们", "他们", "现在", "房间", "那间", "这间", "问题", "安排", "今天", "队员");

    private ClosedIssues() {}

    static Optional<IssueTicket> reopened(Issue issue, Source source, List<IssueTicket> tickets) {
        if (issue.said() != Issue.Said.STILL) return Optional.empty();
        return tickets.stream()
                .filter(t ->
                        t.state() == IssueTicket.State.RESOLVED && t.issue().category() == issue.category())
                .filter(t -> source.at().isAfter(t.resolved().at())
                        && !source.at().isAfter(t.resolved().at().plus(RECENT)))
                .filter(t -> FollowedIssues.sameParty(t, issue, source) && sameThing(t, issue.text()))
                .max(Comparator.comparing(t -> t.resolved().at()));
    }

    private static boolean sameThing(IssueTicket t, String text) {
        Set<String> now = FollowedIssues.places(text);
        Set<String> before = FollowedIssues.places(t.issue().text());
        t.followUps().forEach(f -> before.addAll(FollowedIssues.places(f.issue().text())));
        if (!now.isEmpty() && !before.isEmpty()) return before.stream().anyMatch(now::contains);
        Set<String> said = pairs(t.issue().text());
        t.followUps().forEach(f -> said.addAll(pairs(f.issue().text())));
        return pairs(text).stream().anyMatch(said::contains);
    }

    private static Set<String> pairs(String text) {
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < text.length(); i++) {
            String pair = text.substring(i, i + 2);
            if (pair.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && !GENERIC.contains(pair)) pairs.add(pair);
        }
        return pairs;
    }
}
