package org.receptionbot.weather;

import org.receptionbot.testing.WarningMemoryContract;

class InMemoryWarningMemoryTest extends WarningMemoryContract {

    @Override
    protected WarningMemory memory() {
        return new InMemoryWarningMemory();
    }
}
