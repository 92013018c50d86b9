package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.receptionbot.record.IssueCategory;

/**
 * The issue drafts of one message: one a category, made on first use, or one a category and list line's delegation
 * ({@link #ofLine}). Each is also one of the message's drafts ({@link Drafts}), in the list given, in order.
 */
final class IssueDrafts {
    /** The message's drafts, which the issues join and leave. */
    private final List<Draft> all;

    private final Map<IssueCategory, Draft> issues = new EnumMap<>(IssueCategory.class);
    /** Issues of a category filed for an earlier list line's delegation, before another line's of that category. */
    private final List<Draft> earlierLines = new ArrayList<>();

    IssueDrafts(List<Draft> all) {
        this.all = all;
    }

    /** The one issue draft of a category in the message, made on first use. */
    Draft of(IssueCategory category, String original) {
        return issues.computeIfAbsent(category, k -> {
            Draft d = new Draft(Draft.Kind.ISSUE, original.strip());
            d.category = k;
            all.add(d);
            return d;
        });
    }

    /**
     * The issue draft of a category for the delegation a list line names ({@link LineTeams}): a problem of the same
     * kind on another delegation's line ("1. 湖北 58 有1个发烧 … 3. 西藏 28 2个发烧在房间") is an issue of its own.
     */
    Draft ofLine(IssueCategory category, String original, String lineTeam) {
        Draft d = issues.get(category);
        if (d == null || lineTeam == null || d.team == null || d.team.equals(lineTeam)) return of(category, original);
        Draft other = new Draft(Draft.Kind.ISSUE, original.strip());
        other.category = category;
        other.team = lineTeam;
        all.add(other);
        earlierLines.add(d);
        issues.put(category, other);
        return other;
    }

    boolean has(IssueCategory category) {
        return issues.containsKey(category);
    }

    /** Takes out the issue of a category, from the issues and the message's drafts. */
    void drop(IssueCategory category) {
        Draft d = issues.remove(category);
        if (d != null) all.remove(d);
    }

    /** Takes out every issue of the message (they are settled). */
    void dropAll() {
        for (Draft d : issues.values()) all.remove(d);
        all.removeAll(earlierLines);
        issues.clear();
        earlierLines.clear();
    }

    /** The latest issue of each category (an earlier line's of the same category is not among them). */
    Collection<Draft> latest() {
        return issues.values();
    }
}
