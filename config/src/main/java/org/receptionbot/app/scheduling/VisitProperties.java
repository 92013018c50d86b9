package org.receptionbot.app.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reception.visits.*}.
 *
 * @param listLead how long before a route's arrival its list goes to the receiving site's chat and
 *     the coordinators; later changes follow as updates until the arrival
 * @param countAfter how long after a route's departure the bus liaisons of buses without a head
 *     count are reminded and the coordinators told
 */
@ConfigurationProperties("reception.visits")
public record VisitProperties(
        @DefaultValue("90m") Duration listLead,
        @DefaultValue("30m") Duration countAfter) {

    public VisitProperties {
        if (listLead.isNegative() || listLead.isZero())
            throw new IllegalArgumentException("reception.visits.list-lead must be positive: " + listLead);
        if (countAfter.isNegative())
            throw new IllegalArgumentException("reception.visits.count-after is negative: " + countAfter);
    }
}
