/**
 * The durable outbox every chat platform plugs into: what the core says ({@link
 * org.receptionbot.chat.Reply}, {@link org.receptionbot.chat.Attachment}) is queued per chat in
 * Redis and delivered by {@link org.receptionbot.adapters.outbox.DurableOutbox} through the
 * platform's {@link org.receptionbot.adapters.outbox.ChatSender}.
 *
 * <p>The contract with a platform is the sender: it declares its {@link
 * org.receptionbot.adapters.outbox.SendLimits} and makes one call per {@link
 * org.receptionbot.adapters.outbox.Delivery} (a message part, a file, a mark on a message),
 * answering with an {@link org.receptionbot.adapters.outbox.Outcome}. Everything else is the
 * outbox's, written once for every platform:
 *
 * <ul>
 *   <li><b>Order and durability.</b> A chat's items go out in the order queued, each part of a long
 *       reply in turn; an item leaves its queue only after the platform confirmed its last step, so
 *       a stop or a crash loses nothing, and a restart goes on with the next step. Only a crash
 *       between the platform's answer and its record sends one step twice.
 *   <li><b>Instances.</b> Any number of outboxes on one Redis share the queues: a chat's lease
 *       ({@code ChatLocks}) lets one of them deliver it at a time, so each step is sent once.
 *   <li><b>Pacing.</b> The declared limits (per chat, per group per minute, per second for the
 *       bot), kept in Redis so that they hold across restarts and instances.
 *   <li><b>Splitting.</b> A text longer than {@link
 *       org.receptionbot.adapters.outbox.SendLimits#maxLength()} once formatted is sent in parts
 *       cut between lines ({@link org.receptionbot.adapters.outbox.Rendering}).
 *   <li><b>Failures.</b> {@code RetryAfter} holds the chat for the wait asked (and every chat when
 *       two chats are told to wait at once); {@code Failed} is tried again after 1, 2, 4 … 60 s;
 *       {@code Refused} moves the item to the chat's refused items ({@link
 *       org.receptionbot.adapters.outbox.Refusal}) and the chat goes on.
 *   <li><b>Digests.</b> When a chat is busy, its waiting receipts (replies of kind {@link
 *       org.receptionbot.chat.Reply.Kind#RECEIPT}) become one digest the core words ({@link
 *       org.receptionbot.chat.Digest}), and each message they answered gets a mark instead.
 * </ul>
 *
 * <p>A platform plugs in with its sender: {@code new DurableOutbox(sender, redis,
 * OutboxSettings.of("dc"), clock)} is the core's {@code Outbox} and {@code Attachments} for the
 * platform's chats; the adapter calls {@code start()} when it starts and {@code close()} when it
 * stops. The sender is checked by the platform's own tests against its API; the outbox's promises
 * are checked once, by {@code OutboxContract}.
 *
 * <p>Keys: {@code rb:{tag}:out:<chat>} (list of {@link org.receptionbot.adapters.outbox.OutItem}
 * JSON), {@code rb:{tag}:out:chats}, {@code rb:{tag}:refused:<chat>} and the pacing and lock keys
 * of {@link org.receptionbot.adapters.outbox.OutboxKeys}, the tag being the platform's.
 */
package org.receptionbot.adapters.outbox;
