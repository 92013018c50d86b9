package org.receptionbot.chat;

/**
 * An action offered under a reply.
 *
 * @param label what the button shows (撤销, 确认)
 * @param action a short opaque id the core resolves when it is pressed; at most 64 bytes, so it
 *     fits Telegram's callback data
 */
public record Button(String label, String action) {

    /** A button that asks for {@code action} when pressed. */
    public Button(String label, ButtonAction action) {
        this(label, action.data());
    }

    public Button {
        if (action.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException("action is longer than 64 bytes: " + action);
        }
    }
}
