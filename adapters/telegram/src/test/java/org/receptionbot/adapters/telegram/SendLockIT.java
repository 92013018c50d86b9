package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.telegram.OutboundRig.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.outbox.OutboxSettings;
import org.receptionbot.adapters.telegram.FakeBotApi.Call;
import org.receptionbot.chat.Reply;

/** The chats' send locks, on the real clock: a dead sender's chat is free at once, a live one's never. */
class SendLockIT {
    static final String GROUP = "-1007";
    static final Clock REAL = Clock.systemUTC();
    static final TelegramSettings.Limits QUICK = new TelegramSettings.Limits(Duration.ofMillis(50), 20, 30, 4);

    @RegisterExtension
    final OutboundRig rig = new OutboundRig(REAL);

    DurableOutbox sender(Duration lease) {
        return rig.outbound(QUICK, REAL, lease);
    }

    @Test
    void aSenderStartedAfterOneDiedSendsOnceTheDeadOnesLeaseRunsOut() {
        Duration lease = Duration.ofSeconds(1);
        // The lease a killed sender leaves: taken, no longer renewed, never released.
        assertThat(rig.redis.opsForValue().setIfAbsent(Keys.OUTBOX.lock(GROUP), "killed-sender", lease))
                .isTrue();
        Instant killed = Instant.now();

        DurableOutbox restarted = sender(OutboxSettings.LEASE);
        restarted.send(Reply.text(chat(GROUP), null, "重启后的回复"));
        restarted.start();

        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> rig.telegram.messagesTo(GROUP).size() == 1);
        Instant sent = rig.telegram.messagesTo(GROUP).get(0).at();
        assertThat(Duration.between(killed, sent))
                .as("sent after the dead sender's lease, within a second of it")
                .isBetween(lease.minusMillis(200), lease.plusSeconds(1).plusMillis(500));
    }

    @Test
    void aLiveSenderKeepsItsChatWhileACallToTelegramOutlastsTheLease() {
        Duration lease = Duration.ofSeconds(1);
        DurableOutbox first = sender(lease);
        DurableOutbox second = sender(lease);
        rig.telegram.lineUp(GROUP, slowlyAccepted(Duration.ofSeconds(3)));
        first.send(Reply.text(chat(GROUP), null, "一"));
        first.send(Reply.text(chat(GROUP), null, "二"));

        first.start();
        await().atMost(10, TimeUnit.SECONDS).until(() -> rig.telegram.calls().size() == 1);
        second.start();
        await().atMost(15, TimeUnit.SECONDS).until(() -> rig.queued(GROUP) == 0);

        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("一", "二");
    }

    /** Telegram taking a message, answering only after {@code delay}. */
    static mockwebserver3.MockResponse slowlyAccepted(Duration delay) {
        String sent = "{\"ok\":true,\"result\":{\"message_id\":1,\"date\":0,\"chat\":{\"id\":" + GROUP
                + ",\"type\":\"supergroup\"}}}";
        return BotApiAnswers.json(200, sent)
                .newBuilder()
                .headersDelay(delay.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }
}
