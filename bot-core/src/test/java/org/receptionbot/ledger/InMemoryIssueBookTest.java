package org.receptionbot.ledger;

import org.receptionbot.testing.InMemoryIssueBook;
import org.receptionbot.testing.IssueBookContract;

class InMemoryIssueBookTest extends IssueBookContract {

    @Override
    protected IssueBook book() {
        return new InMemoryIssueBook();
    }
}
