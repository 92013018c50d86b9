package org.receptionbot.reminder;

/**
 * What the bot has already said on its own (a deadline reminder, a briefing), so that a second
 * firing (a restart, a second instance) says nothing. Survives restarts.
 */
@FunctionalInterface
public interface SaidOnce {

    /** Claims {@code key}; true the first time only. */
    boolean claim(String key);

    /** Whether {@code key} was claimed, without claiming it; false where the memory cannot tell. */
    default boolean said(String key) {
        return false;
    }
}
