package org.receptionbot.parse;

import java.util.List;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;

/**
 * The ISSUE tests' CSV layout, {@code sender|text} or {@code sender|text|CATEGORY} with {@code ''} (or a null value)
 * for a message of no known delegation, and what a parser reads of such a row: its issues.
 */
final class IssueCases {
    private IssueCases() {}

    /** The issues {@code parser} reads in {@code text} sent by the row's {@code sender} ({@code ''} or null: no one). */
    static List<Issue> issues(ParserFixture parser, String sender, String text) {
        return parser.read(text, sender == null || sender.isEmpty() ? null : sender).records().stream()
                .filter(Issue.class::isInstance)
                .map(Issue.class::cast)
                .toList();
    }

    /** The categories of {@link #issues}, in the order read. */
    static List<IssueCategory> categories(ParserFixture parser, String sender, String text) {
        return issues(parser, sender, text).stream().map(Issue::category).toList();
    }
}
