package org.receptionbot.adapters.telegram;

import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.IncomingMessage;

/** What one Telegram update means to the bot. */
sealed interface Inbound {

    /** A message or a new version of one, in the chat the core knows. */
    record Said(IncomingMessage message) implements Inbound {}

    /** A button pressed under one of the bot's messages; {@code callbackId} must be answered. */
    record Pressed(ButtonPress press, String callbackId) implements Inbound {}

    /** The group {@code from} became the supergroup {@code to}. */
    record Migrated(long from, long to) implements Inbound {}

    /** Nothing for the bot: a sticker, a member joining, another kind of update. */
    record Nothing() implements Inbound {}
}
