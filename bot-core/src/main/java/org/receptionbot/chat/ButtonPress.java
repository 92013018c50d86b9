package org.receptionbot.chat;

/**
 * Someone pressed a button under one of the bot's messages.
 *
 * @param messageId the id of the bot's message that carries the button
 * @param userId the platform's id of the person who pressed it
 * @param action the button's action id
 */
public record ButtonPress(ChatRef chat, String messageId, String userId, String action) {}
