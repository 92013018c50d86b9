package org.receptionbot.chat;

import org.receptionbot.testing.InMemoryInboundLog;
import org.receptionbot.testing.InboundLogContract;

class InMemoryInboundLogTest extends InboundLogContract {

    @Override
    protected InboundLog log() {
        return new InMemoryInboundLog();
    }
}
