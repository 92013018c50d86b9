package org.receptionbot.adapters.redis;

import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;

/** The key schema documented in {@code package-info.java}. */
final class RedisKeys {

    static final String PREFIX = KeySpace.PREFIX;

    private RedisKeys() {}

    static String chat(ChatRef chat) {
        return PREFIX + "{" + chat.platform() + ":" + chat.chatId() + "}:";
    }

    static String log(ChatRef chat) {
        return chat(chat) + "log";
    }

    static String message(IncomingMessage message) {
        String version = message.edited() ? "@" + message.sentAt().toEpochMilli() : "";
        return chat(message.chat()) + "msg:" + message.messageId() + version;
    }

    /** Every key of the event's ledger shares the hash tag {@code {event}}: one slot, one transaction. */
    private static final String EVENT = PREFIX + "{event}:";

    /** Which event the store holds ({@link RedisEventMark}). */
    static String eventIdentity() {
        return EVENT + "identity";
    }

    static String applied() {
        return EVENT + "applied";
    }

    /** Which call applied each message version, so that a re-sent append knows it was its own. */
    static String appliedBy() {
        return EVENT + "applied-by";
    }

    static String day(java.time.LocalDate day) {
        return EVENT + "day:" + day;
    }

    static String entriesOf(String messageRef) {
        return EVENT + "entries:" + messageRef;
    }

    static String movements() {
        return EVENT + "movements";
    }

    static String withdrawn() {
        return EVENT + "withdrawn";
    }

    static String lastOf(ChatRef chat, String senderId) {
        return EVENT + "last:" + chat.platform() + ":" + chat.chatId() + ":" + senderId;
    }

    static String actuals(java.time.LocalDate day) {
        return EVENT + "actual:" + day;
    }

    static String issueSequence() {
        return EVENT + "issue:seq";
    }

    static String issues() {
        return EVENT + "issues";
    }

    static String issueByEntry() {
        return EVENT + "issue:by-entry";
    }

    static String issueSteps() {
        return EVENT + "issue:steps";
    }

    static String bindings() {
        return EVENT + "bindings";
    }

    static String pending(String key) {
        return EVENT + "pending:" + key;
    }

    /** What the last take of a pending key returned, to the call that took it (a re-send gets it again). */
    static String pendingTaken(String key) {
        return pending(key) + ":taken";
    }

    /** The pending keys that hold reports for a day, waiting for a confirmation. */
    static String held(java.time.LocalDate day) {
        return EVENT + "held:" + day;
    }

    static String reminders() {
        return EVENT + "reminders";
    }

    static String reminderTaken(int id) {
        return EVENT + "reminder:taken:" + id;
    }

    static String reminderSequence() {
        return EVENT + "reminder:seq";
    }

    static String warnings() {
        return EVENT + "weather:warned";
    }

    static String said() {
        return EVENT + "said";
    }

    /** Which call claimed each member of a once-only set such as {@link #said()}. */
    static String claimedBy(String set) {
        return set + "-by";
    }
}
