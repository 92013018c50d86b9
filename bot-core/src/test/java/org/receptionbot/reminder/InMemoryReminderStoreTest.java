package org.receptionbot.reminder;

import org.receptionbot.testing.ReminderStoreContract;

class InMemoryReminderStoreTest extends ReminderStoreContract {

    @Override
    protected ReminderStore store() {
        return new InMemoryReminderStore();
    }
}
