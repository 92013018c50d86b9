/**
 * The sandbox chat: a local terminal where the user types as a liaison or coordinator of the event
 * and sees the bot's replies. It goes through the same core path as a real platform: each line
 * becomes an {@link org.receptionbot.chat.IncomingMessage} on platform {@code sandbox}, handed to
 * the {@link org.receptionbot.chat.ChatHandler}; replies come back through the {@link
 * org.receptionbot.chat.Outbox}.
 */
package org.receptionbot.adapters.sandbox;
