package org.receptionbot.adapters.redis;

/**
 * The application's Redis key space: every key starts with {@link #PREFIX}. Other modules that keep
 * data in the same Redis (the outbox, a platform adapter) name their keys with {@link #tagged}.
 */
public final class KeySpace {
    /** The prefix of every key the application writes. */
    public static final String PREFIX = "rb:";

    private KeySpace() {}

    /**
     * The start of the keys under one Redis Cluster hash tag, {@code rb:{tag}:}: keys that share it
     * live in one slot, so a script may touch several of them.
     */
    public static String tagged(String tag) {
        if (tag == null || tag.isBlank() || tag.contains("}"))
            throw new IllegalArgumentException("bad hash tag: " + tag);
        return PREFIX + "{" + tag + "}:";
    }
}
