package org.receptionbot.ledger;

import org.receptionbot.chat.ChatRef;

/**
 * Where a question waits in {@link PendingQuestions}: what kind of question, and whose. Its
 * {@link #text()} is the store's key; the forms are those of questions already waiting, so they do
 * not change.
 */
public sealed interface PendingKey {

    /** The store's key. */
    String text();

    /** The answer a user owes in a chat (a missing field). */
    record Answer(ChatRef chat, String userId) implements PendingKey {
        @Override
        public String text() {
            return "answer:" + chat.platform() + ":" + chat.chatId() + ":" + userId;
        }
    }

    /** The same question, kept longer, to tell a late answer that it has lapsed. */
    record Lapsed(ChatRef chat, String userId) implements PendingKey {
        @Override
        public String text() {
            return "lapsed:" + chat.platform() + ":" + chat.chatId() + ":" + userId;
        }
    }

    /** What waits for a user's 确认 in a chat (held-back records, an absurd actual count). */
    record Confirmation(ChatRef chat, String userId) implements PendingKey {
        @Override
        public String text() {
            return "confirm:" + chat.platform() + ":" + chat.chatId() + ":" + userId;
        }
    }

    /**
     * A user's held-back records let go because a newer report took their place, kept a while so that the user may
     * still correct what they were about (the bus of a count: "发错了 是5号车").
     */
    record Released(ChatRef chat, String userId) implements PendingKey {
        @Override
        public String text() {
            return "released:" + chat.platform() + ":" + chat.chatId() + ":" + userId;
        }
    }

    /** The bot's latest answer to a user in a chat, kept a few minutes ({@link Pending.Answered}). */
    record Answered(ChatRef chat, String userId) implements PendingKey {
        @Override
        public String text() {
            return "answered:" + chat.platform() + ":" + chat.chatId() + ":" + userId;
        }
    }

    /** A user's request to be bound to a delegation, on a platform. */
    record Bind(String platform, String userId) implements PendingKey {
        @Override
        public String text() {
            return "bind:" + platform + ":" + userId;
        }
    }

    /** The latest bind request waiting on a platform, for a coordinator who types 确认 instead of pressing the button. */
    record LatestBind(String platform) implements PendingKey {
        @Override
        public String text() {
            return "bind-latest:" + platform;
        }
    }

    /**
     * One answer ({@code option}) of a user's two-way question in a chat, or (option {@code ASKED})
     * the question's subject, listed with the held reports.
     */
    record Choice(String option, ChatRef chat, String userId) implements PendingKey {
        @Override
        public String text() {
            return "choice:" + option + ":" + chat.platform() + ":" + chat.chatId() + ":" + userId;
        }
    }
}
