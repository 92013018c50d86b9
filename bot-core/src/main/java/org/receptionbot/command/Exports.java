package org.receptionbot.command;

import org.receptionbot.chat.ChatRef;

/**
 * Where an export goes: an adapter writes the workbook (xlsx) of {@link ExportContent} and sends
 * it as a file in the chat, answering the message {@code replyTo}.
 */
public interface Exports {

    /** Writes and sends the export; returns false when it could not (the core then says so). */
    boolean send(ChatRef chat, String replyTo, ExportContent content);
}
