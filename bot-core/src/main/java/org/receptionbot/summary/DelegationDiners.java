package org.receptionbot.summary;

import org.receptionbot.event.Delegation;
import org.receptionbot.ledger.DinerCount;

/** One delegation's line on a meal board. */
public record DelegationDiners(Delegation delegation, DinerCount count) {}
