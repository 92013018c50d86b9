package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.receptionbot.adapters.telegram.OutboundRig.chat;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.telegram.FakeBotApi.Call;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Reply;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Replies from Redis lost after Redis ran the command: Lettuce reconnects and sends the command
 * again, and every answer still goes out exactly once.
 */
class OutboundResendIT {
    static final String GROUP = "-1006";
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    @RegisterExtension
    final OutboundRig rig = new OutboundRig();

    CuttingProxy proxy;
    LettuceConnectionFactory connections;
    StringRedisTemplate viaProxy;
    ClientResources resources;
    DurableOutbox outbound;

    @BeforeEach
    void start() throws Exception {
        resources = DefaultClientResources.builder()
                .reconnectDelay(Delay.constant(Duration.ofMillis(100)))
                .build();
        proxy = new CuttingProxy(rig.fixture.port);
        connections = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", proxy.port()),
                LettuceClientConfiguration.builder()
                        .commandTimeout(TIMEOUT)
                        .clientResources(resources)
                        .build());
        connections.afterPropertiesSet();
        connections.start();
        viaProxy = new StringRedisTemplate(connections);
        outbound = rig.outbound(viaProxy, TelegramSettings.Limits.TELEGRAM, rig.clock);
    }

    @AfterEach
    void stop() throws Exception {
        connections.destroy();
        proxy.close();
        resources.shutdown();
    }

    /** Every write naming the group's queue. */
    static boolean queueWrite(List<String> command) {
        return CuttingProxy.write(command) && command.contains(Keys.queue(GROUP));
    }

    @Test
    void aPushSentAgainQueuesTheAnswerOnce() {
        proxy.cut(OutboundResendIT::queueWrite);
        outbound.send(Reply.text(chat(GROUP), "1", "第一条"));
        outbound.send(Reply.text(chat(GROUP), "2", "第二条"));
        proxy.cut(command -> false);

        rig.drain(outbound);

        assertThat(proxy.cuts()).as("replies lost").isGreaterThanOrEqualTo(2);
        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("第一条", "第二条");
        assertThat(rig.queued(GROUP)).isZero();
    }

    @Test
    void aRemovalSentAgainTakesOutOnlyTheAnswerJustSent() {
        outbound.send(Reply.text(chat(GROUP), "1", "一"));
        outbound.send(Reply.text(chat(GROUP), "2", "二"));
        outbound.send(Reply.text(chat(GROUP), "3", "三"));
        proxy.cut(OutboundResendIT::queueWrite);

        rig.drain(outbound);

        assertThat(proxy.cuts()).as("replies lost").isGreaterThanOrEqualTo(3);
        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("一", "二", "三");
        assertThat(rig.queued(GROUP)).isZero();
        assertThat(rig.redis.opsForSet().isMember(Keys.BUSY_CHATS, GROUP)).isFalse();
    }

    @Test
    void aDeliveryRedisDidNotRecordIsRecordedBeforeAnythingElseInsteadOfSentAgain() {
        outbound.send(Reply.text(chat(GROUP), "1", "一"));
        outbound.send(Reply.text(chat(GROUP), "2", "二"));
        proxy.blackOut(OutboundResendIT::queueWrite);

        outbound.deliverDue(); // Telegram takes 一; its record times out, lost before Redis saw it
        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("一");
        assertThat(rig.queued(GROUP)).isEqualTo(2);
        proxy.restore();
        await().atMost(60, TimeUnit.SECONDS).ignoreExceptions().until(() -> viaProxy.hasKey(Keys.BUSY_CHATS));
        rig.drain(outbound);

        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("一", "二");
        assertThat(rig.queued(GROUP)).isZero();
    }

    @Test
    void everyWriteSentAgainWhileABusyChatIsFoldedMarksAndListsEachConfirmationOnce() {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            ids.add(Integer.toString(100 + i));
            outbound.send(ReceiptReplies.receipt(
                    chat(GROUP), ids.get(i - 1), "第" + i + "团 午餐 30人", List.of(new Button("撤销", "u" + i))));
        }
        outbound.send(Reply.text(chat(GROUP), "200", "请问是哪个代表团？"));
        proxy.cut(CuttingProxy::write);

        rig.drain(outbound);

        assertThat(proxy.cuts()).as("replies lost").isGreaterThan(10);
        assertThat(rig.telegram.accepted())
                .filteredOn(c -> c.method().equals("setMessageReaction"))
                .extracting(c -> c.params().get("message_id"))
                .containsExactlyElementsOf(ids);
        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("""
                        以下 6 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                        1. 第1团 午餐 30人
                        2. 第2团 午餐 30人
                        3. 第3团 午餐 30人
                        4. 第4团 午餐 30人
                        5. 第5团 午餐 30人
                        6. 第6团 午餐 30人""", "请问是哪个代表团？");
        assertThat(rig.queued(GROUP)).isZero();
    }
}
