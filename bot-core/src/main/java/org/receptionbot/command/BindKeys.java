package org.receptionbot.command;

import org.receptionbot.ledger.PendingKey;

/** Keys and button actions of bind requests. */
public final class BindKeys {
    private BindKeys() {}

    public static String key(String platform, String userId) {
        return new PendingKey.Bind(platform, userId).text();
    }

    /** The key of the platform's latest waiting bind request. */
    public static String latest(String platform) {
        return new PendingKey.LatestBind(platform).text();
    }
}
