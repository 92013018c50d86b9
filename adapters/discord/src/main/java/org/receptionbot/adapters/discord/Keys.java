package org.receptionbot.adapters.discord;

import org.receptionbot.adapters.redis.KeySpace;

/** The adapter's Redis keys, all under the {@code {dc}} hash tag. */
final class Keys {
    private static final String TAG = KeySpace.tagged("dc");

    private Keys() {}

    /** String with a time to live: the token of the instance that holds the gateway ({@link GatewayLease}). */
    static String gatewayLease() {
        return TAG + "gateway";
    }

    /** String: the id of the newest message of a channel that was handled. */
    static String lastHandled(String channel) {
        return TAG + "last:" + channel;
    }

    /** String with a time to live: the author of a message, for its deletion ({@code id\nname}). */
    static String author(String channel, String message) {
        return TAG + "author:" + channel + ":" + message;
    }

    /** String with a time to live: an interaction already handled. */
    static String press(String interactionId) {
        return TAG + "press:" + interactionId;
    }
}
