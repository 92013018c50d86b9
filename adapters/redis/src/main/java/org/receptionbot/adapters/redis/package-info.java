/**
 * The store: Redis through Spring Data Redis, and an embedded Redis for a machine without one.
 *
 * <p>Every write may run twice, or run without its reply arriving. The client re-sends after a
 * reconnect the commands it had no reply to (Lettuce's at-least-once), and a command that timed
 * out or lost its connection may have run. So each write of the store is one of:
 *
 * <ul>
 *   <li>idempotent: {@code HSET}, {@code SET}, {@code HSETNX} of the same value; the inbound log's
 *       store-once script (a second run finds the message and says it still has to be handled);
 *   <li>a claim that carries a call id ({@link Once}): the ledger's append, {@code said}, the
 *       weather warnings. A run of the same call (a re-send, or the one retry of {@link Retry})
 *       is told it won; only another call is told it came second;
 *   <li>a take that keeps what it removed for the call that removed it (pending questions,
 *       reminders), so that a re-send returns it again instead of nothing;
 *   <li>a counter ({@code issue:seq}, {@code reminder:seq}): a re-sent {@code INCR} skips a
 *       number, which leaves a gap and loses nothing.
 * </ul>
 *
 * A write that fails is not known not to have run: the caller must not report it as lost, and a
 * cache in front of the store must read again what it may have changed ({@code CachingLedger}).
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
 *   <li>The event's keys under {@code rb:{event}:}: {@code identity} (string: which event the store
 *       holds, written by the first start, checked by every start after), the ledger ({@code applied applied-by
 *       day:<date> entries:<ref> movements withdrawn last:<…> actual:<date>}), issues ({@code
 *       issues issue:by-entry issue:seq issue:steps}), {@code bindings}, {@code pending:<key>} (and {@code
 *       pending:<key>:taken}), {@code held:<date>} (set of the pending keys holding reports for that
 *       day, shown as 待确认), custom reminders ({@code reminders} hash of JSON by id, {@code
 *       reminder:seq}, {@code reminder:taken:<id>}), the weather warnings given ({@code
 *       weather:warned}, set of {@code date:KIND}, and {@code weather:warned-by}) and what the bot
 *       said on its own ({@code said}, set of {@code warn:<date>:<meal>}, {@code lock:…}, {@code
 *       briefing:<date>}, {@code departures:<date>}, and {@code said-by}). The README has the table.
 * </ul>
 */
package org.receptionbot.adapters.redis;
