package org.receptionbot.record;

/**
 * A problem or request that someone must act on.
 *
 * @param delegation the named or the sender's delegation, or null
 * @param text the statement that reported it, for the issue list
 * @param said how the statement ties to a problem already reported (not a field of the records
 *     contract): the ledger adds a problem said as still so to the open issue it follows up
 */
public record Issue(IssueCategory category, String delegation, String text, Said said) implements Record {

    public Issue {
        if (said == null) said = Said.PLAIN;
    }

    /** A problem said with no word that ties it to another. */
    public Issue(IssueCategory category, String delegation, String text) {
        this(category, delegation, text, Said.PLAIN);
    }

    @Override
    public String type() {
        return "ISSUE";
    }

    @Override
    public <T> T accept(RecordVisitor<T> visitor) {
        return visitor.issue(this);
    }

    /** How a problem is said beside one reported before. */
    public enum Said {
        /** Nothing ties it to another problem. */
        PLAIN,
        /** Still or again so (还是, 仍然, 依旧, 还没, 又): a follow-up of the problem reported before. */
        STILL,
        /** Another problem besides (另外, 还有, 也): never a follow-up. */
        BESIDES
    }
}
