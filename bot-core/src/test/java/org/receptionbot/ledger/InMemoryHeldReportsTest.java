package org.receptionbot.ledger;

import org.receptionbot.testing.HeldReportsContract;
import org.receptionbot.testing.InMemoryHeldReports;

class InMemoryHeldReportsTest extends HeldReportsContract {
    @Override
    protected HeldReports held() {
        return new InMemoryHeldReports();
    }
}
