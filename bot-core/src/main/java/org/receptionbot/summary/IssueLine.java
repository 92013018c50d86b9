package org.receptionbot.summary;

import java.time.Duration;
import org.receptionbot.event.Delegation;
import org.receptionbot.ledger.IssueTicket;

/**
 * An issue still waiting, with its age.
 *
 * @param delegation the delegation it concerns, or null
 * @param old true when it has waited longer than the event's threshold
 */
public record IssueLine(IssueTicket ticket, Delegation delegation, Duration age, boolean old) {}
