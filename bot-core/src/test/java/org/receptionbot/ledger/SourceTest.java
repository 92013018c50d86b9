package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;

class SourceTest {
    private static final ChatRef CHAT = new ChatRef("telegram", "-100");

    @Test
    void aMessageKeyedByALaterOneIsTheSameMessageUnderTheLaterKey() {
        Source held = new Source(
                "telegram:-100:41:v1",
                CHAT,
                "41",
                "7",
                "冯刚",
                Instant.parse("2026-11-23T01:10:00Z"),
                Instant.parse("2026-11-23T01:00:00Z"));

        Source confirmed = held.keyedBy("telegram:-100:42:v1");

        assertThat(confirmed)
                .isEqualTo(new Source(
                        "telegram:-100:42:v1",
                        CHAT,
                        "41",
                        "7",
                        "冯刚",
                        Instant.parse("2026-11-23T01:10:00Z"),
                        Instant.parse("2026-11-23T01:00:00Z")));
        assertThat(confirmed.messageRef()).isEqualTo(held.messageRef());
    }
}
