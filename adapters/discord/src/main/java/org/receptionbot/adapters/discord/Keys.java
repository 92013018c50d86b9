package org.receptionbot.adapters.discord;

/** The adapter's Redis keys, all under the {@code {dc}} hash tag. */
final class Keys {
    private Keys() {}

    /** String: the id of the newest message of a channel that was handled. */
    static String lastHandled(String channel) {
        return "rb:{dc}:last:" + channel;
    }

    /** String with a time to live: the author of a message, for its deletion ({@code id\nname}). */
    static String author(String channel, String message) {
        return "rb:{dc}:author:" + channel + ":" + message;
    }

    /** String with a time to live: an interaction already handled. */
    static String press(String interactionId) {
        return "rb:{dc}:press:" + interactionId;
    }
}
