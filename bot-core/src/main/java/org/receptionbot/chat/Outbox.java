package org.receptionbot.chat;

/**
 * Where the core puts what it says. Adapters deliver it on their platform; a platform adapter
 * keeps undelivered replies across restarts and never drops one.
 */
public interface Outbox {

    void send(Reply reply);
}
