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
 *   <li>The event's keys under {@code rb:{event}:}: the ledger ({@code applied day:<date>
 *       entries:<ref> movements withdrawn last:<…> actual:<date>}), issues ({@code issues
 *       issue:by-entry issue:seq}), {@code bindings}, {@code pending:<key>}, custom reminders
 *       ({@code reminders} hash of JSON by id, {@code reminder:seq}), the weather warnings given
 *       ({@code weather:warned}, set of {@code date:KIND}) and what the bot said on its own
 *       ({@code said}, set of {@code warn:<date>:<meal>}, {@code lock:…}, {@code briefing:<date>},
 *       {@code departures:<date>}). The README has the table.
 * </ul>
 */
package org.receptionbot.adapters.redis;
