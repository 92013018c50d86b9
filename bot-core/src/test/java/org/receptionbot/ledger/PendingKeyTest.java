package org.receptionbot.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;

class PendingKeyTest {
    private static final ChatRef CHAT = new ChatRef("telegram", "-100");

    @Test
    void theKeysOfQuestionsAlreadyWaitingKeepTheirForm() {
        assertThat(new PendingKey.Answer(CHAT, "7").text()).isEqualTo("answer:telegram:-100:7");
        assertThat(new PendingKey.Lapsed(CHAT, "7").text()).isEqualTo("lapsed:telegram:-100:7");
        assertThat(new PendingKey.Confirmation(CHAT, "7").text()).isEqualTo("confirm:telegram:-100:7");
        assertThat(new PendingKey.Bind("telegram", "7").text()).isEqualTo("bind:telegram:7");
        assertThat(new PendingKey.Choice("REPORTED", CHAT, "7").text()).isEqualTo("choice:REPORTED:telegram:-100:7");
    }

    @Test
    void keysOfDifferentKindsForTheSameUserNeverMeet() {
        List<PendingKey> keys = List.of(
                new PendingKey.Answer(CHAT, "7"),
                new PendingKey.Lapsed(CHAT, "7"),
                new PendingKey.Confirmation(CHAT, "7"),
                new PendingKey.Bind("telegram", "7"),
                new PendingKey.Choice("A", CHAT, "7"),
                new PendingKey.Choice("B", CHAT, "7"));
        assertThat(keys.stream().map(PendingKey::text).distinct()).hasSize(keys.size());
    }
}
