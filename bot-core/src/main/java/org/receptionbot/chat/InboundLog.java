package org.receptionbot.chat;

import java.util.List;

/**
 * The raw log of inbound messages. Every message is written here before it is processed, so that
 * nothing said in a chat is lost whatever happens next.
 */
public interface InboundLog {

    /**
     * Stores the message if this platform message (or this version of an edited one) is not
     * stored yet.
     *
     * @return true if it is to be handled: it is new, or it was stored before but its handling never
     *     finished (the process stopped in between); false if it was handled already (a re-delivery)
     */
    boolean store(IncomingMessage message);

    /** Marks a stored message as handled: a later delivery of it changes nothing. */
    void handled(IncomingMessage message);

    /** The most recent messages of a chat, oldest first, at most {@code limit}. */
    List<IncomingMessage> recent(ChatRef chat, int limit);

    /** How many messages of the chat are stored. */
    long count(ChatRef chat);
}
