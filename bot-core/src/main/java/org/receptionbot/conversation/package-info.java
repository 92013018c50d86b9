/**
 * The conversation with a served chat: every inbound message is stored raw first, then answered.
 * {@link org.receptionbot.conversation.Conversation} is the core's {@link
 * org.receptionbot.chat.ChatHandler} that every platform adapter calls.
 */
package org.receptionbot.conversation;
