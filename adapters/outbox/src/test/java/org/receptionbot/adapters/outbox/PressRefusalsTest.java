package org.receptionbot.adapters.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;

class PressRefusalsTest {
    static final ChatRef GROUP = new ChatRef("discord", "500");
    static final ButtonPress PRESS = new ButtonPress(GROUP, "77", "2002", "u:1");

    final PressRefusals refusals = new PressRefusals();
    final List<Reply> sent = new ArrayList<>();

    void say(Reply reply) {
        if (!refusals.takes(reply)) sent.add(reply);
    }

    @Test
    void aRefusalOfThePressIsKeptForThePopUpAndOtherRepliesGoToTheChat() {
        Reply refusal = new Reply(GROUP, "77", "抱歉，只有发送人本人或协调组可以撤销这条记录。", List.of(), Reply.Kind.REFUSAL, null);
        Reply notice = Reply.notice(new ChatRef("discord", "600"), "已撤销");

        List<String> kept = refusals.during(PRESS, () -> {
            say(refusal);
            say(notice);
        });

        assertThat(kept).containsExactly(refusal.text());
        assertThat(sent).containsExactly(notice);
    }

    @Test
    void aRefusalOutsideAPressOrAnsweringAnotherMessageGoesToTheChat() {
        Reply refusal = new Reply(GROUP, "77", "抱歉", List.of(), Reply.Kind.REFUSAL, null);
        Reply toAnother = new Reply(GROUP, "78", "抱歉", List.of(), Reply.Kind.REFUSAL, null);

        say(refusal);
        List<String> kept = refusals.during(PRESS, () -> say(toAnother));

        assertThat(kept).isEmpty();
        assertThat(sent).containsExactly(refusal, toAnother);
    }
}
