package org.receptionbot.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * @param followUps the same problem said again while it was pending ("洗澡水还是冷的"), in order
 */
public record IssueTicket(
        int number,
        Issue issue,
        String entryId,
        Source reported,
        Step acknowledged,
        Step resolved,
        String resolution,
        boolean withdrawn,
        List<FollowUp> followUps) {

    public IssueTicket {
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(reported, "reported");
        if (number <= 0) throw new IllegalArgumentException("number is not positive: " + number);
    }

    public static IssueTicket open(int number, Issue issue, String entryId, Source reported) {
        return new IssueTicket(number, issue, entryId, reported, null, null, null, false, List.of());
    }

    /** Where it stands; a resolved issue said again as still wrong is open again ({@link #reopenedBy()}). */
    public State state() {
        if (withdrawn) return State.WITHDRAWN;
        FollowUp again = reopenedBy();
        if (again != null) return Reopening.state(this, again);
        if (resolved != null) return State.RESOLVED;
        return acknowledged != null ? State.ACKNOWLEDGED : State.OPEN;
    }

    /** The follow-up said since its resolution that it is still wrong, reopening it; else null. */
    public FollowUp reopenedBy() {
        return Reopening.of(this);
    }

    /** Still waiting for someone to resolve it. */
    public boolean pending() {
        return state() == State.OPEN || state() == State.ACKNOWLEDGED;
    }

    /**
     * The follow-up saying the problem is fixed ("热水好了谢谢", {@link FixedSaid}) when it is the latest word on a
     * pending issue; else null. It does not close the issue: a coordinator's step does.
     */
    public FollowUp saidFixed() {
        return pending() ? FixedSaid.latest(followUps) : null;
    }

    /**
     * Where it stands, in words: its state's label, or for a pending issue said fixed since ({@link #saidFixed()})
     * "报告人称已解决，待确认" (someone else's word: "李娜称已解决，待确认").
     */
    public String standing() {
        FollowUp fixed = saidFixed();
        if (fixed != null) return FixedSaid.byWhom(fixed, reported) + "称已解决，待确认";
        return (reopenedBy() != null && pending() ? "已重新打开，" : "") + state().label();
    }

    public Duration age(Instant now) {
        return Duration.between(reported.at(), now);
    }

    public IssueTicket acknowledge(Step step) {
        return new IssueTicket(number, issue, entryId, reported, step, resolved, resolution, withdrawn, followUps);
    }

    public IssueTicket resolve(Step step, String text) {
        Step ack = acknowledged == null ? step : acknowledged;
        return new IssueTicket(number, issue, entryId, reported, ack, step, text, withdrawn, followUps);
    }

    public IssueTicket withdraw() {
        return new IssueTicket(number, issue, entryId, reported, acknowledged, resolved, resolution, true, followUps);
    }

    /** This ticket with the same problem said again. */
    public IssueTicket follow(FollowUp said) {
        List<FollowUp> all = new ArrayList<>(followUps);
        all.add(said);
        return withFollowUps(all);
    }

    /** This ticket without the follow-up of that entry (its message was taken back). */
    public IssueTicket without(String followUpEntryId) {
        List<FollowUp> kept = followUps.stream()
                .filter(f -> !f.entryId().equals(followUpEntryId))
                .toList();
        return withFollowUps(kept);
    }

    /**
     * This ticket with the report and follow-ups of {@code other}, said to be the same matter, as its own follow-ups in
     * the order said; each kept under an entry id of its own ({@link #carries}), so its entry still finds {@code other}.
     */
    public IssueTicket carrying(IssueTicket other) {
        return withFollowUps(MergedNotes.carrying(followUps, other));
    }

    /** Whether it carries notes of issue {@code other} merged into it. */
    public boolean carries(int other) {
        return MergedNotes.carries(followUps, other);
    }

    /** This ticket without the notes carried from issue {@code other} (its merge was taken back). */
    public IssueTicket withoutCarried(int other) {
        return withFollowUps(MergedNotes.without(followUps, other));
    }

    private IssueTicket withFollowUps(List<FollowUp> all) {
        return new IssueTicket(number, issue, entryId, reported, acknowledged, resolved, resolution, withdrawn, all);
    }

    /** Whether the entry reported this issue or followed it up. */
    public boolean holds(String anEntryId) {
        return anEntryId.equals(entryId)
                || followUps.stream().anyMatch(f -> f.entryId().equals(anEntryId));
    }

    /** When the problem was last said: its report or its latest follow-up. */
    public Instant lastSaid() {
        return followUps.isEmpty()
                ? reported.at()
                : followUps.get(followUps.size() - 1).source().at();
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

    /** The same problem said again: the ledger entry, what was said, who said it and when. */
    public record FollowUp(String entryId, Issue issue, Source source) {
        public FollowUp {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(issue, "issue");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Who moved the issue on, and when.
     *
     * @param note what the coordinator said with the step ("已派医生"), or null
     */
    public record Step(String userId, String name, Instant at, String note) {
        public Step(String userId, String name, Instant at) {
            this(userId, name, at, null);
        }
    }
}
