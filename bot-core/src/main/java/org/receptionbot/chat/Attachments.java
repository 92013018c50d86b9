package org.receptionbot.chat;

/** Where the core posts files; each chat platform (and the sandbox) delivers them its own way. */
public interface Attachments {

    /** Delivers the file; returns false when it could not, so the caller can say so in the chat. */
    boolean send(Attachment attachment);
}
