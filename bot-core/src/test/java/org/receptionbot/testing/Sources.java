package org.receptionbot.testing;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.ledger.Source;

/** Message sources for tests, at a local time in the event's zone (Asia/Shanghai). */
public final class Sources {
    public static final ChatRef GROUP = new ChatRef("sandbox", "group");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static int next;

    private Sources() {}

    /** A fresh message of {@code sender} in the sandbox group at {@code localTime} ("2026-11-22T09:30"). */
    public static synchronized Source at(String localTime, String sender) {
        String id = "m" + (++next);
        return new Source(
                "sandbox:group:" + id,
                GROUP,
                id,
                sender,
                sender,
                LocalDateTime.parse(localTime).atZone(ZONE).toInstant());
    }

    public static java.time.Instant instant(String localTime) {
        return LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
    }
}
