package org.receptionbot.record;

/**
 * A problem or request that someone must act on.
 *
 * @param delegation the named or the sender's delegation, or null
 * @param text the statement that reported it, for the issue list
 */
public record Issue(IssueCategory category, String delegation, String text) implements Record {

    @Override
    public String type() {
        return "ISSUE";
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.issue(this);
    }
}
