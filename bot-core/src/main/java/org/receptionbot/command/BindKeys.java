package org.receptionbot.command;

/** Keys and button actions of bind requests. */
public final class BindKeys {
    /** The prefix of a bind confirmation button's action. */
    public static final String ACTION = "bind:";

    private BindKeys() {}

    public static String key(String platform, String userId) {
        return "bind:" + platform + ":" + userId;
    }

    public static String action(String userId) {
        return ACTION + userId;
    }
}
