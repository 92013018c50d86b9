package org.receptionbot.chat;

import java.util.Optional;

/**
 * What pressing a button asks the core to do. A platform carries it as {@link #data()} (at most 64
 * bytes, Telegram's callback data) and gives it back on a press, read with {@link #parse}; the
 * texts are those of buttons already sent, so they do not change.
 */
public sealed interface ButtonAction {

    /** The text a platform carries for this action. */
    String data();

    /** Undo the records of one message of the chat. */
    record Undo(String messageId) implements ButtonAction {
        @Override
        public String data() {
            return "undo:" + messageId;
        }
    }

    /** Confirm what waits for this user's 确认 (held-back records, an absurd actual count). */
    record Confirm(String userId) implements ButtonAction {
        @Override
        public String data() {
            return "ok:" + userId;
        }
    }

    /** Confirm this user's request to be bound to a delegation. */
    record Bind(String userId) implements ButtonAction {
        @Override
        public String data() {
            return "bind:" + userId;
        }
    }

    /** Choose one answer, by its short code, of this user's two-way question. */
    record Choose(String option, String userId) implements ButtonAction {
        @Override
        public String data() {
            return "ch:" + option + ":" + userId;
        }
    }

    /** The action {@code data} carries; empty for data no button of the core makes. */
    static Optional<ButtonAction> parse(String data) {
        int colon = data.indexOf(':');
        if (colon < 0) return Optional.empty();
        String rest = data.substring(colon + 1);
        return switch (data.substring(0, colon)) {
            case "undo" -> Optional.of(new Undo(rest));
            case "ok" -> Optional.of(new Confirm(rest));
            case "bind" -> Optional.of(new Bind(rest));
            case "ch" -> {
                String[] parts = rest.split(":", 2);
                yield parts.length < 2 ? Optional.empty() : Optional.of(new Choose(parts[0], parts[1]));
            }
            default -> Optional.empty();
        };
    }
}
