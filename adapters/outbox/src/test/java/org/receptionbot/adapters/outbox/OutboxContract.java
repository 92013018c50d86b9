package org.receptionbot.adapters.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.receptionbot.adapters.outbox.FakeSender.Call;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.testing.MutableClock;

/**
 * What the durable outbox promises every platform, checked through {@link FakeSender}, an in-memory
 * platform. A store's test extends this and gives outboxes that share one store.
 */
abstract class OutboxContract {
    static final Instant START = Instant.parse("2026-11-22T01:00:00Z");
    static final SendLimits LIMITS = new SendLimits(Duration.ofSeconds(1), 20, 30, 4096);

    final MutableClock clock = new MutableClock(START);
    private final List<DurableOutbox> opened = new ArrayList<>();

    /** A new outbox on the test's store, which every outbox of one test shares. */
    protected abstract DurableOutbox outbox(ChatSender sender, Clock clock);

    /** What the store keeps as refused for the chat, oldest first. */
    protected abstract List<Refusal> refused(String chat);

    final DurableOutbox open(ChatSender sender, Clock outboxClock) {
        DurableOutbox outbox = outbox(sender, outboxClock);
        opened.add(outbox);
        return outbox;
    }

    @AfterEach
    void closeOutboxes() {
        opened.forEach(DurableOutbox::close);
    }

    static ChatRef chat(String id) {
        return new ChatRef(FakeSender.PLATFORM, id);
    }

    static Reply text(String chat, String text) {
        return Reply.text(chat(chat), null, text);
    }

    /** Runs delivery passes, moving the clock to each time the outbox asks for, until nothing waits. */
    void drain(DurableOutbox outbox) {
        for (int pass = 0; pass < 10_000; pass++) {
            Instant next = outbox.deliverDue();
            if (next == null) return;
            if (next.isAfter(clock.instant())) clock.set(next);
        }
        throw new AssertionError("still delivering after 10,000 passes");
    }

    static List<Instant> times(List<Call> calls) {
        return calls.stream().map(Call::at).toList();
    }

    @Test
    void eachChatGetsItsItemsInTheOrderQueued() {
        FakeSender platform = new FakeSender(LIMITS, clock);
        DurableOutbox outbox = open(platform, clock);
        for (int i = 1; i <= 5; i++) {
            outbox.send(text("g1", "一群" + i));
            if (i <= 3) outbox.send(text("g2", "二群" + i));
        }

        drain(outbox);

        assertThat(platform.messagesTo("g1")).extracting(Call::text).containsExactly("一群1", "一群2", "一群3", "一群4", "一群5");
        assertThat(platform.messagesTo("g2")).extracting(Call::text).containsExactly("二群1", "二群2", "二群3");
    }

    @Test
    void aTextLongerThanTheDeclaredLengthGoesInPartsCutBetweenLines() {
        FakeSender platform = new FakeSender(new SendLimits(Duration.ofSeconds(1), 20, 30, 40), clock);
        DurableOutbox outbox = open(platform, clock);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 6; i++) lines.add("第" + i + "行" + "字".repeat(12)); // 15 characters
        String plain = String.join("\n", lines);
        outbox.send(new Reply(chat("g1"), "7", plain, List.of(new Button("撤销", "undo:7"))));

        drain(outbox);

        List<Delivery.Message> parts = platform.messagesTo("g1").stream()
                .map(c -> (Delivery.Message) c.delivery())
                .toList();
        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.text()).hasSizeLessThanOrEqualTo(40));
        assertThat(String.join("\n", parts.stream().map(Delivery.Message::text).toList()))
                .isEqualTo(plain);
        assertThat(parts).extracting(Delivery.Message::replyTo).containsExactly("7", null, null);
        assertThat(parts).extracting(p -> p.buttons().size()).containsExactly(0, 0, 1);
    }

    @Test
    void messagesKeepTheDeclaredIntervalPerChatAndCountPerGroupMinute() {
        FakeSender platform = new FakeSender(new SendLimits(Duration.ofSeconds(2), 3, 30, 4096), clock);
        DurableOutbox outbox = open(platform, clock);
        for (int i = 1; i <= 5; i++) {
            outbox.send(text("g1", "群" + i));
            outbox.send(text("p1", "私聊" + i));
        }

        drain(outbox);

        assertThat(times(platform.messagesTo("g1")))
                .containsExactly(
                        START,
                        START.plusSeconds(2),
                        START.plusSeconds(4),
                        START.plusSeconds(60),
                        START.plusSeconds(62));
        assertThat(times(platform.messagesTo("p1")))
                .as("the per-minute count is for groups only")
                .containsExactly(
                        START, START.plusSeconds(2), START.plusSeconds(4), START.plusSeconds(6), START.plusSeconds(8));
    }

    @Test
    void callsToAllChatsKeepTheDeclaredCountPerSecond() {
        FakeSender platform = new FakeSender(new SendLimits(Duration.ZERO, 20, 2, 4096), clock);
        DurableOutbox outbox = open(platform, clock);
        for (String chat : List.of("p1", "p2", "p3", "p4", "p5")) outbox.send(text(chat, "通知"));

        drain(outbox);

        assertThat(times(platform.calls()))
                .containsExactly(START, START, START.plusSeconds(1), START.plusSeconds(1), START.plusSeconds(2));
    }

    @Test
    void aRetryAfterIsWaitedOutBeforeTheChatGetsAnythingMore() {
        FakeSender platform = new FakeSender(LIMITS, clock);
        DurableOutbox outbox = open(platform, clock);
        platform.lineUp("g1", new Outcome.RetryAfter(Duration.ofSeconds(3)));
        outbox.send(text("g1", "第一条"));
        outbox.send(text("g1", "第二条"));

        assertThat(outbox.deliverDue()).isEqualTo(START.plusSeconds(3));
        clock.advance(Duration.ofMillis(2_999));
        outbox.deliverDue();
        assertThat(platform.calls()).hasSize(1);
        drain(outbox);

        assertThat(platform.messagesTo("g1")).extracting(Call::text).containsExactly("第一条", "第二条");
        assertThat(times(platform.messagesTo("g1"))).containsExactly(START.plusSeconds(3), START.plusSeconds(4));
    }

    @Test
    void aPassingFailureIsTriedAgainAfterAGrowingBackoff() {
        FakeSender platform = new FakeSender(LIMITS, clock);
        DurableOutbox outbox = open(platform, clock);
        platform.lineUp("g1", new Outcome.Failed("502 Bad Gateway"), new Outcome.Failed("502 Bad Gateway"));
        outbox.send(text("g1", "名单已更新"));

        drain(outbox);

        assertThat(times(platform.callsTo("g1"))).containsExactly(START, START.plusSeconds(1), START.plusSeconds(3));
        assertThat(platform.messagesTo("g1")).extracting(Call::text).containsExactly("名单已更新");
    }

    @Test
    void aRefusedItemIsKeptAsideAndTheChatGoesOn() {
        FakeSender platform = new FakeSender(LIMITS, clock);
        DurableOutbox outbox = open(platform, clock);
        platform.lineUp("g1", new Outcome.Refused(403, "bot was removed from the group"));
        outbox.send(Reply.text(chat("g1"), "5", "被拒绝的"));
        outbox.send(Reply.text(chat("g1"), "6", "下一条"));

        drain(outbox);

        assertThat(platform.messagesTo("g1")).extracting(Call::text).containsExactly("下一条");
        assertThat(refused("g1")).singleElement().satisfies(refusal -> {
            assertThat(refusal.code()).isEqualTo(403);
            assertThat(refusal.error()).isEqualTo("bot was removed from the group");
            assertThat(refusal.at()).isEqualTo(START.toString());
            assertThat(refusal.item()).isInstanceOfSatisfying(TextItem.class, item -> {
                assertThat(item.text()).isEqualTo("被拒绝的");
                assertThat(item.replyTo()).isEqualTo("5");
            });
        });
    }

    @Test
    void receiptsWaitingForABusyChatBecomeMarksAndOneDigest() {
        FakeSender platform = new FakeSender(LIMITS, clock);
        DurableOutbox outbox = open(platform, clock);
        for (int i = 1; i <= 5; i++) {
            outbox.send(ReceiptReplies.receipt(chat("g1"), "10" + i, "第" + i + "团 午餐 30人", List.of()));
        }

        drain(outbox);

        List<Call> calls = platform.callsTo("g1");
        assertThat(calls.subList(0, 5))
                .extracting(Call::delivery)
                .containsExactly(
                        new Delivery.Mark("g1", "101", DurableOutbox.MARK),
                        new Delivery.Mark("g1", "102", DurableOutbox.MARK),
                        new Delivery.Mark("g1", "103", DurableOutbox.MARK),
                        new Delivery.Mark("g1", "104", DurableOutbox.MARK),
                        new Delivery.Mark("g1", "105", DurableOutbox.MARK));
        assertThat(platform.messagesTo("g1"))
                .singleElement()
                .satisfies(digest ->
                        assertThat(digest.text()).startsWith("以下 5 条已记录").endsWith("5. 第5团 午餐 30人"));
    }

    @Test
    void twoOutboxesOnOneStoreDeliverEachItemOnceAndInOrder() {
        Clock real = Clock.systemUTC();
        FakeSender platform = new FakeSender(new SendLimits(Duration.ofMillis(10), 1_000, 1_000, 4096), real);
        DurableOutbox one = open(platform, real);
        DurableOutbox two = open(platform, real);
        List<String> texts = new ArrayList<>();
        for (String chat : List.of("g1", "g2", "g3")) {
            for (int i = 0; i < 6; i++) {
                String text = "第" + i + "条 " + chat;
                texts.add(text);
                (i % 2 == 0 ? one : two).send(text(chat, text));
            }
        }

        one.start();
        two.start();
        await().atMost(20, TimeUnit.SECONDS).until(() -> platform.accepted().size() >= texts.size());
        one.close();
        two.close();

        assertThat(platform.accepted()).extracting(Call::text).containsExactlyInAnyOrderElementsOf(texts);
        for (String chat : List.of("g1", "g2", "g3")) {
            assertThat(platform.messagesTo(chat))
                    .extracting(Call::text)
                    .containsExactlyElementsOf(
                            texts.stream().filter(t -> t.endsWith(chat)).toList());
        }
    }

    @Test
    void whatIsQueuedSurvivesARestartAndGoesOnWithoutRepeatingAPart() {
        FakeSender platform = new FakeSender(new SendLimits(Duration.ofSeconds(1), 20, 30, 40), clock);
        DurableOutbox before = open(platform, clock);
        String longText = String.join("\n", "甲".repeat(30), "乙".repeat(30), "丙".repeat(30));
        before.send(text("g1", "一"));
        before.send(text("g1", longText));
        before.send(text("g1", "三"));
        before.deliverDue();
        clock.advance(Duration.ofSeconds(1));
        before.deliverDue(); // 一, and the long text's first part
        before.close();

        drain(open(platform, clock));

        assertThat(platform.calls())
                .extracting(Call::text)
                .containsExactly("一", "甲".repeat(30), "乙".repeat(30), "丙".repeat(30), "三");
    }
}
