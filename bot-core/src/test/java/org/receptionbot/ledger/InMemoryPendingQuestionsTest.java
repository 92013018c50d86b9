package org.receptionbot.ledger;

import org.receptionbot.testing.InMemoryPendingQuestions;
import org.receptionbot.testing.PendingQuestionsContract;

class InMemoryPendingQuestionsTest extends PendingQuestionsContract {

    @Override
    protected PendingQuestions pending() {
        return new InMemoryPendingQuestions();
    }
}
