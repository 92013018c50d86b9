package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.adapters.telegram.OutboundRig.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.telegram.FakeBotApi.Call;
import org.receptionbot.chat.Reply;

/** The sender thread, on the real clock. */
class OutboundSenderIT {
    static final String GROUP = "-1004";
    static final Clock REAL = Clock.systemUTC();

    @RegisterExtension
    final OutboundRig rig = new OutboundRig(REAL);

    static void await(BooleanSupplier condition, String what) {
        Awaitility.await(what)
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(20))
                .until(condition::getAsBoolean);
    }

    static boolean senderAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(DurableOutbox.threadName(TelegramAdapter.PLATFORM)) && t.isAlive());
    }

    @Test
    void aReplySentWhileTheSenderRunsReachesTelegramAndCloseStopsTheThread() throws Exception {
        DurableOutbox outbound = rig.outbound(TelegramSettings.Limits.TELEGRAM, REAL);
        outbound.start();
        assertThat(senderAlive()).isTrue();

        outbound.send(Reply.text(chat(GROUP), "3", "已收到"));
        await(() -> rig.telegram.messagesTo(GROUP).size() == 1, "the reply");

        outbound.close();
        assertThat(senderAlive()).as("the sender thread stopped with close()").isFalse();
        assertThat(rig.telegram.messagesTo(GROUP)).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("已收到");
            assertThat(c.replyToMessageId()).isEqualTo(3);
        });
    }

    @Test
    void whatWasQueuedBeforeTheStartIsDeliveredWithoutANewSend() throws Exception {
        DurableOutbox before = rig.outbound(TelegramSettings.Limits.TELEGRAM, REAL);
        before.send(Reply.text(chat(GROUP), null, "重启前排队的消息"));
        before.close();

        DurableOutbox outbound = rig.outbound(TelegramSettings.Limits.TELEGRAM, REAL);
        outbound.start();

        await(() -> rig.telegram.messagesTo(GROUP).size() == 1, "the queued reply");
        outbound.close();
    }

    @Test
    void twoInstancesOnOneRedisSendEachItemOnce() throws Exception {
        var quick = new TelegramSettings.Limits(Duration.ofMillis(50), 20, 30, 4);
        DurableOutbox one = rig.outbound(quick, REAL);
        DurableOutbox two = rig.outbound(quick, REAL);
        List<String> texts = new ArrayList<>();
        for (String group : List.of("-2001", "-2002", "-2003")) {
            for (int i = 0; i < 6; i++) {
                String text = "第" + i + "条 " + group;
                texts.add(text);
                (i % 2 == 0 ? one : two).send(Reply.text(chat(group), null, text));
            }
        }

        one.start();
        two.start();
        await(() -> rig.telegram.accepted().size() >= texts.size(), "every item");
        one.close();
        two.close();

        assertThat(rig.telegram.accepted()).extracting(Call::text).containsExactlyInAnyOrderElementsOf(texts);
        for (String group : List.of("-2001", "-2002", "-2003")) {
            assertThat(rig.telegram.messagesTo(group))
                    .extracting(Call::text)
                    .containsExactly(
                            texts.stream().filter(t -> t.endsWith(group)).toArray(String[]::new));
        }
    }
}
