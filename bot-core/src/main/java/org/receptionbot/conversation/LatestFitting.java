package org.receptionbot.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.receptionbot.ledger.IssueTicket;

/**
 * Of several pending problems that fit a coordinator's unnumbered step ("收到 已派医生过去了"), the one just reported:
 * not yet acknowledged, said within {@link #JUST} of the step while every other one that fits was said more than
 * {@link #EARLIER} before it (the evening before: trial 56's #5 beside the morning's #8). A
 * coordinator answering the report that came a message ago means that one, as the chat reads it; anything less clear is
 * still asked by its number.
 */
final class LatestFitting {
    /** How recent the report a step answers must be. */
    static final Duration JUST = Duration.ofMinutes(30);
    /** How long before the step every other fitting problem was last said: one of an hour ago may be the one meant. */
    static final Duration EARLIER = Duration.ofHours(2);

    private LatestFitting() {}

    static Optional<IssueTicket> of(List<IssueTicket> fitting, Instant now) {
        List<IssueTicket> recent = fitting.stream()
                .filter(t -> t.lastSaid().plus(EARLIER).isAfter(now))
                .toList();
        if (recent.size() != 1 || !recent.get(0).lastSaid().plus(JUST).isAfter(now)) return Optional.empty();
        IssueTicket latest = recent.get(0);
        boolean newest = fitting.stream()
                .max(Comparator.comparing(IssueTicket::lastSaid))
                .filter(latest::equals)
                .isPresent();
        return newest && latest.state() == IssueTicket.State.OPEN ? Optional.of(latest) : Optional.empty();
    }
}
