package org.receptionbot.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.receptionbot.record.Issue;

/**
 * An issue with its short number and where it stands in its loop: reported, acknowledged,
 * resolved (or withdrawn by its reporter).
 *
 * @param number the short number people type ({@code /ack 12}), unique in the event
 * @param entryId the ledger entry it was reported in
 * @param reported who reported it, when, in which message
 * @param acknowledged the coordinator's step that acknowledged it, or null
 * @param resolved the coordinator's step that resolved it, or null
 * @param resolution what was done ("已更换房间"), or null
 * @param withdrawn true when its message was taken back
 */
public record IssueTicket(
        int number,
        Issue issue,
        String entryId,
        Source reported,
        Step acknowledged,
        Step resolved,
        String resolution,
        boolean withdrawn) {

    public IssueTicket {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(reported, "reported");
        if (number <= 0) throw new IllegalArgumentException("number is not positive: " + number);
    }

    public static IssueTicket open(int number, Issue issue, String entryId, Source reported) {
        return new IssueTicket(number, issue, entryId, reported, null, null, null, false);
    }

    public State state() {
        if (withdrawn) return State.WITHDRAWN;
        if (resolved != null) return State.RESOLVED;
        return acknowledged != null ? State.ACKNOWLEDGED : State.OPEN;
    }

    /** Still waiting for someone to resolve it. */
    public boolean pending() {
        return state() == State.OPEN || state() == State.ACKNOWLEDGED;
    }

    public Duration age(Instant now) {
        return Duration.between(reported.at(), now);
    }

    public IssueTicket acknowledge(Step step) {
        return new IssueTicket(number, issue, entryId, reported, step, resolved, resolution, withdrawn);
    }

    public IssueTicket resolve(Step step, String text) {
        Step ack = acknowledged == null ? step : acknowledged;
        return new IssueTicket(number, issue, entryId, reported, ack, step, text, withdrawn);
    }

    public IssueTicket withdraw() {
        return new IssueTicket(number, issue, entryId, reported, acknowledged, resolved, resolution, true);
    }

    /** Where an issue stands. */
    public enum State {
        OPEN("待处理"),
        ACKNOWLEDGED("处理中"),
        RESOLVED("已解决"),
        WITHDRAWN("已撤销");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Who moved the issue on, and when. */
    public record Step(String userId, String name, Instant at) {}
}
