package org.receptionbot.ledger;

import org.receptionbot.testing.InMemoryLedger;
import org.receptionbot.testing.LedgerContract;

class InMemoryLedgerTest extends LedgerContract {

    @Override
    protected Ledger ledger() {
        return new InMemoryLedger();
    }
}
