package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.telegram.PollingRig.GROUP;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.IncomingMessage;

/** Long polling against a local Bot API server: what reaches the core, and when updates are confirmed. */
class ReceivingIT {
    static final long OTHER = -200;

    final Recording core = new Recording();

    @RegisterExtension
    final PollingRig rig = new PollingRig(Duration.ofSeconds(60), Duration.ofSeconds(1), redis -> core);

    @Test
    void aMessageReachesTheCoreAsTheLiaisonWroteIt() {
        int id = rig.api.offer(FakeUpdates.reply(GROUP, 7, 2001, "李娜", "湖南团今晚少5人", 6));

        await().atMost(5, TimeUnit.SECONDS).until(() -> core.messages.size() == 1);
        IncomingMessage m = core.messages.get(0);
        assertThat(m.chat().platform()).isEqualTo("telegram");
        assertThat(m.chat().chatId()).isEqualTo("-100");
        assertThat(m.messageId()).isEqualTo("7");
        assertThat(m.senderId()).isEqualTo("2001");
        assertThat(m.senderName()).isEqualTo("李娜");
        assertThat(m.text()).isEqualTo("湖南团今晚少5人");
        assertThat(m.replyTo()).isEqualTo("6");
        assertThat(m.edited()).isFalse();
        await().atMost(5, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > id);
    }

    @Test
    void anUpdateIsConfirmedOnlyAfterTheCoreHasHandledIt() {
        core.hold = new CountDownLatch(1);
        core.confirmedBelowAtReturn = rig.api::confirmedBelow;
        int id = rig.api.offer(FakeUpdates.message(GROUP, 8, 2001, "李娜", "湖南团少2人"));

        await().atMost(5, TimeUnit.SECONDS).until(() -> core.entered.get() == 1);
        core.hold.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > id);
        assertThat(core.confirmedBelowWhenHandled.get())
                .as("what Telegram had been told when the core returned")
                .isLessThanOrEqualTo(id);
    }

    @Test
    void anUpdateTheCoreFailedOnIsReadAgainUntilItIsHandled() {
        core.failures.set(2);
        int id = rig.api.offer(FakeUpdates.message(GROUP, 9, 2001, "李娜", "湖南团少2人"));

        await().atMost(15, TimeUnit.SECONDS).until(() -> core.messages.size() == 1);
        assertThat(core.entered.get()).isEqualTo(3);
        await().atMost(5, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > id);
    }

    @Test
    void chatsNotInTheEventFileAreIgnoredButConfirmed() {
        rig.api.offer(FakeUpdates.message(OTHER, 1, 3001, "路人", "湖南团少2人"));
        int id = rig.api.offer(FakeUpdates.message(GROUP, 10, 2001, "李娜", "湖南团少3人"));

        await().atMost(5, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > id);
        assertThat(core.messages).extracting(IncomingMessage::text).containsExactly("湖南团少3人");
    }

    @Test
    void anEditArrivesAsANewVersionOfTheSameMessage() {
        rig.api.offer(FakeUpdates.edited(GROUP, 11, 2001, "李娜", "湖南团今晚少6人"));

        await().atMost(5, TimeUnit.SECONDS).until(() -> core.messages.size() == 1);
        assertThat(core.messages.get(0).messageId()).isEqualTo("11");
        assertThat(core.messages.get(0).edited()).isTrue();
    }

    @Test
    void aButtonPressIsHandledOnceAndEveryCallbackIsAnswered() {
        rig.api.offer(FakeUpdates.press(GROUP, 50_001, 2001, "李娜", "u:7"));
        int again = rig.api.offer(FakeUpdates.press(GROUP, 50_001, 2001, "李娜", "u:7"));

        await().atMost(5, TimeUnit.SECONDS).until(() -> rig.api.confirmedBelow() > again);
        assertThat(core.presses).hasSize(1);
        ButtonPress press = core.presses.get(0);
        assertThat(press.action()).isEqualTo("u:7");
        assertThat(press.userId()).isEqualTo("2001");
        assertThat(press.messageId()).isEqualTo("50001");
        assertThat(rig.api.calls("answerCallbackQuery")).hasSize(2);
    }

    @Test
    void afterTheGroupBecomesASupergroupItsMessagesStillReachTheSameChat() {
        long supergroup = -1_000_000_000_100L;
        rig.api.offer(FakeUpdates.migration(GROUP, 12, supergroup));
        rig.api.offer(FakeUpdates.message(supergroup, 1, 2001, "李娜", "湖南团少1人"));

        await().atMost(5, TimeUnit.SECONDS).until(() -> core.messages.size() == 1);
        IncomingMessage m = core.messages.get(0);
        assertThat(m.chat().chatId()).isEqualTo("-100");
        assertThat(m.messageId()).isEqualTo("s1");
        ChatIds ids = new ChatIds(rig.redis);
        assertThat(ids.current("-100")).isEqualTo(supergroup);
        assertThat(ids.platformMessageId("-100", "s1")).isEqualTo(1);
        assertThat(ids.platformMessageId("-100", "7")).isNull();
    }

    /**
     * A core that records what it is given; it can hold a call, or fail a number of times, and can
     * note how far updates were confirmed at the moment it returns.
     */
    static final class Recording implements ChatHandler {
        final List<IncomingMessage> messages = new CopyOnWriteArrayList<>();
        final List<ButtonPress> presses = new CopyOnWriteArrayList<>();
        final AtomicInteger entered = new AtomicInteger();
        final AtomicInteger failures = new AtomicInteger();
        final AtomicInteger confirmedBelowWhenHandled = new AtomicInteger(-1);
        volatile CountDownLatch hold;
        volatile IntSupplier confirmedBelowAtReturn;

        @Override
        public void onMessage(IncomingMessage message) {
            entered.incrementAndGet();
            if (hold != null) {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failures.getAndDecrement() > 0) throw new IllegalStateException("the store is down");
            messages.add(message);
            if (confirmedBelowAtReturn != null) confirmedBelowWhenHandled.set(confirmedBelowAtReturn.getAsInt());
        }

        @Override
        public void onButton(ButtonPress press) {
            presses.add(press);
        }
    }
}
