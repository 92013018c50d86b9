package org.receptionbot.reminder;

import org.receptionbot.testing.SaidOnceContract;

class InMemorySaidOnceTest extends SaidOnceContract {

    @Override
    protected SaidOnce saidOnce() {
        return new InMemorySaidOnce();
    }
}
