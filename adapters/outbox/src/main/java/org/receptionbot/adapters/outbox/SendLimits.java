package org.receptionbot.adapters.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits a platform sets on sending, as its sender declares them.
 *
 * @param perChatInterval the least time between two messages to one chat
 * @param perGroupPerMinute messages to one group within any minute
 * @param globalPerSecond calls to the platform, all chats together, within any second
 * @param maxLength the most characters of one message, counted after {@link ChatSender#format}
 */
public record SendLimits(Duration perChatInterval, int perGroupPerMinute, int globalPerSecond, int maxLength) {
    public SendLimits {
        Objects.requireNonNull(perChatInterval, "perChatInterval");
        if (perChatInterval.isNegative()) throw new IllegalArgumentException("perChatInterval is negative");
        if (perGroupPerMinute < 1) throw new IllegalArgumentException("perGroupPerMinute must be positive");
        if (globalPerSecond < 1) throw new IllegalArgumentException("globalPerSecond must be positive");
        if (maxLength < 16) throw new IllegalArgumentException("maxLength is too small: " + maxLength);
    }
}
