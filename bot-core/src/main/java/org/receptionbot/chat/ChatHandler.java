package org.receptionbot.chat;

/**
 * The core's entry point for everything that happens in a served chat. Platform adapters translate
 * their updates into these calls; when a call returns, the message is stored and handled, so the
 * adapter may confirm it to its platform. Calls are idempotent: a re-delivered message changes
 * nothing.
 */
public interface ChatHandler {

    void onMessage(IncomingMessage message);

    void onButton(ButtonPress press);
}
