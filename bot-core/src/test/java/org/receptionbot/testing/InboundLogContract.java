package org.receptionbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;

/**
 * What every {@link InboundLog} must do. A store's test extends this and gives a fresh, empty log;
 * the in-memory one is checked by {@code InMemoryInboundLogTest}.
 */
public abstract class InboundLogContract {
    private static final ChatRef GROUP = new ChatRef("telegram", "-100200300");
    private static final ChatRef OTHER = new ChatRef("telegram", "-100999");

    /** A fresh, empty log. */
    protected abstract InboundLog log();

    @Test
    void aMessageDeliveredTwiceIsStoredOnceAndOnceHandledIsNotHandledAgain() {
        InboundLog log = log();
        IncomingMessage message = Messages.in(GROUP).id("88").from("1001", "李娜").text("湖南今晚35人");

        boolean first = log.store(message);
        boolean beforeHandled = log.store(message);
        log.handled(message);
        boolean afterHandled = log.store(message);

        assertThat(first).isTrue();
        assertThat(beforeHandled).as("stored, but its handling never finished").isTrue();
        assertThat(afterHandled).isFalse();
        assertThat(log.count(GROUP)).isEqualTo(1);
        assertThat(log.recent(GROUP, 10)).containsExactly(message);
    }

    @Test
    void keepsEveryFieldAndTheOrderOfAChat() {
        InboundLog log = log();
        IncomingMessage plain = Messages.in(GROUP).id("1").from("1001", "李娜").text("第一条");
        IncomingMessage reply = Messages.in(GROUP)
                .id("2")
                .from("1002", "王强")
                .at(Instant.parse("2026-11-22T03:04:05.678Z"))
                .replyingTo("1")
                .text("收到，多行\n第二行");
        IncomingMessage empty = Messages.in(GROUP).id("3").from("1003", null).text("");

        log.store(plain);
        log.store(reply);
        log.store(empty);

        assertThat(log.recent(GROUP, 10)).containsExactly(plain, reply, empty);
        assertThat(log.recent(GROUP, 2)).containsExactly(reply, empty);
        assertThat(log.count(GROUP)).isEqualTo(3);
    }

    @Test
    void anEditIsAVersionOfItsOwnWithItsOwnHandling() {
        InboundLog log = log();
        IncomingMessage original = Messages.in(GROUP).id("1").text("湖南今晚35人");
        IncomingMessage edit = Messages.in(GROUP)
                .id("1")
                .at(Instant.parse("2026-11-22T02:05:00Z"))
                .edited()
                .text("湖南今晚36人");
        log.store(original);
        log.handled(original);

        assertThat(log.store(edit)).isTrue();
        assertThat(log.store(original)).isFalse();
        assertThat(log.recent(GROUP, 10)).containsExactly(original, edit);
    }

    @Test
    void keepsTheMessagesOfEachChatApart() {
        InboundLog log = log();
        IncomingMessage here = Messages.in(GROUP).id("1").text("湖南今晚35人");
        IncomingMessage there = Messages.in(OTHER).id("1").text("湖北今晚20人");
        log.store(here);
        log.store(there);
        log.handled(here);

        assertThat(log.store(there)).as("handled in the other chat only").isTrue();
        assertThat(log.recent(GROUP, 10)).containsExactly(here);
        assertThat(log.recent(OTHER, 10)).containsExactly(there);
        assertThat(log.count(new ChatRef("discord", "-100200300"))).isZero();
        assertThat(log.recent(new ChatRef("discord", "-100200300"), 10)).isEmpty();
    }

    @Test
    void aLimitOfZeroOrLessGivesNoMessage() {
        InboundLog log = log();
        log.store(Messages.in(GROUP).id("1").text("湖南今晚35人"));

        assertThat(log.recent(GROUP, 0)).isEmpty();
        assertThat(log.recent(GROUP, -1)).isEmpty();
    }

    @Test
    void aMessageStoredByCallersAtTheSameMomentIsKeptOnce() {
        InboundLog log = log();
        IncomingMessage message = Messages.in(GROUP).id("9").text("兵团晚餐加5人");

        Race.of(8, () -> log.store(message));

        assertThat(log.count(GROUP)).isEqualTo(1);
        assertThat(log.recent(GROUP, 10)).containsExactly(message);
    }
}
