/**
 * The store: Redis through Spring Data Redis, and an embedded Redis for a machine without one.
 *
 * <p>Key schema (every key starts with {@code rb:}; the part in braces is a Redis Cluster hash tag,
 * so all keys of one chat live in one slot and a chat's writes are atomic in a Lua script):
 *
 * <ul>
 *   <li>{@code rb:{platform:chatId}:msg:messageId} (hash), or {@code ...:msg:messageId@editMillis}
 *       for an edited version: one raw inbound message, fields {@code platform chat id sender
 *       senderName sentAt text replyTo edited}; {@code sentAt} is ISO-8601 UTC, {@code replyTo} is
 *       absent when the message replies to nothing, {@code edited} is {@code true|false}.
 *   <li>{@code rb:{platform:chatId}:log} (list): the chat's message keys in the order stored.
 * </ul>
 */
package org.receptionbot.adapters.redis;
