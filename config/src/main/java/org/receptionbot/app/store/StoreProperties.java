package org.receptionbot.app.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reception.store.*}.
 *
 * @param cache keep the ledger's days in memory, written through (one process); false when several
 *     processes share one Redis, so that each reads what the others wrote
 * @param eventChanged the event the store holds was renamed or moved to other dates in its event file:
 *     the store takes the running event's name and dates instead of refusing to start (set for one start)
 */
@ConfigurationProperties("reception.store")
public record StoreProperties(
        @DefaultValue("true") boolean cache,
        @DefaultValue("false") boolean eventChanged) {}
