package org.receptionbot.access;

/** Who wrote a message, as far as the event knows. */
public sealed interface Sender {

    String userId();

    String name();

    /** A coordinator of the event file: may change every delegation's records. */
    record Coordinator(String userId, String name) implements Sender {}

    /** A liaison bound to one delegation. */
    record Liaison(String userId, String name, String delegation) implements Sender {}

    /** Anyone else in the group: may read and report issues, not change delegations' records. */
    record Other(String userId, String name) implements Sender {}

    /** The delegation the sender speaks for, or null. */
    default String delegation() {
        return this instanceof Liaison l ? l.delegation() : null;
    }

    default boolean coordinator() {
        return this instanceof Coordinator;
    }
}
