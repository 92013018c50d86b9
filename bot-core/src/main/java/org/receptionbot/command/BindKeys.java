package org.receptionbot.command;

/** Keys and button actions of bind requests. */
public final class BindKeys {
    private BindKeys() {}

    public static String key(String platform, String userId) {
        return "bind:" + platform + ":" + userId;
    }
}
