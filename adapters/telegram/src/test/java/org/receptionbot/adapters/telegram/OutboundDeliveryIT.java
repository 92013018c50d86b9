package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.adapters.telegram.OutboundRig.START;
import static org.receptionbot.adapters.telegram.OutboundRig.chat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.outbox.Refusal;
import org.receptionbot.adapters.outbox.TextItem;
import org.receptionbot.adapters.telegram.FakeBotApi.Call;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Reply;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

class OutboundDeliveryIT {
    static final String GROUP = "-1001";
    static final String OTHER_GROUP = "-1002";

    @RegisterExtension
    final OutboundRig rig = new OutboundRig();

    DurableOutbox outbound;

    @BeforeEach
    void open() {
        outbound = rig.outbound();
    }

    @Test
    void replyIsPostedAsHtmlWithUsersMarkupEscapedAndAnswersTheRepliedMessage() {
        outbound.send(Reply.text(chat(GROUP), "77", "已收到 <张三> & \"李四\" 的报告 a>b"));

        rig.drain(outbound);

        assertThat(rig.telegram.messagesTo(GROUP)).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("sendMessage");
            assertThat(call.params()).containsEntry("parse_mode", "HTML");
            assertThat(call.text()).isEqualTo("已收到 &lt;张三&gt; &amp; &quot;李四&quot; 的报告 a&gt;b");
            assertThat(call.replyToMessageId()).isEqualTo(77);
            assertThat(call.json("reply_parameters")
                            .get("allow_sending_without_reply")
                            .asBoolean())
                    .isTrue();
        });
        assertThat(rig.queued(GROUP)).isZero();
    }

    @Test
    void replyWithoutRepliedMessageCarriesNoReplyParameters() {
        outbound.send(Reply.text(chat(GROUP), null, "早上好"));

        rig.drain(outbound);

        assertThat(rig.telegram.messagesTo(GROUP))
                .singleElement()
                .satisfies(call -> assertThat(call.params()).doesNotContainKey("reply_parameters"));
    }

    @Test
    void longTextArrivesInPartsCutAtLineEndsWithButtonsOnTheLastPartOnly() {
        StringBuilder text = new StringBuilder();
        for (int line = 0; text.length() < 9_000; line++) {
            text.append(String.format("第%03d行 张三&李四 <代表团> 午餐 30人", line)).append('\n');
        }
        String plain = text.toString().strip();
        List<Button> buttons = List.of(new Button("撤销", "undo:42"), new Button("确认", "ok:42"));
        outbound.send(new Reply(chat(GROUP), "77", plain, buttons));

        rig.drain(outbound);

        List<Call> parts = rig.telegram.messagesTo(GROUP);
        assertThat(parts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.text()).hasSizeLessThanOrEqualTo(4096).startsWith("第");
            assertThat(part.params()).containsEntry("parse_mode", "HTML");
        });
        assertThat(String.join("\n", parts.stream().map(Call::text).toList())).isEqualTo(OutText.escape(plain));
        for (int i = 0; i < parts.size() - 1; i++) {
            assertThat(parts.get(i).params()).doesNotContainKey("reply_markup");
        }
        assertThat(parts.get(parts.size() - 1).json("reply_markup").toString())
                .contains("\"callback_data\":\"undo:42\"", "\"callback_data\":\"ok:42\"", "撤销", "确认");
        assertThat(parts.get(0).replyToMessageId()).isEqualTo(77);
        // One chat, one message a second.
        for (int i = 1; i < parts.size(); i++) {
            assertThat(Duration.between(parts.get(i - 1).at(), parts.get(i).at()))
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void floodWaitHoldsTheChatForRetryAfterThenDeliversEverything() {
        rig.telegram.lineUp(GROUP, BotApiAnswers.tooManyRequests(3));
        outbound.send(Reply.text(chat(GROUP), null, "第一条"));
        outbound.send(Reply.text(chat(GROUP), null, "第二条"));

        assertThat(outbound.deliverDue()).isEqualTo(START.plusSeconds(3));
        rig.clock.advance(Duration.ofMillis(1_000));
        outbound.deliverDue();
        rig.clock.advance(Duration.ofMillis(1_999));
        outbound.deliverDue();
        assertThat(rig.telegram.calls()).hasSize(1);

        rig.drain(outbound);

        List<Call> delivered = rig.telegram.messagesTo(GROUP);
        assertThat(delivered).extracting(Call::text).containsExactly("第一条", "第二条");
        assertThat(delivered.get(0).at()).isEqualTo(START.plusSeconds(3));
        assertThat(rig.queued(GROUP)).isZero();
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndTheMessageIsDeliveredOnceWhileOtherChatsGoOn() {
        rig.telegram.lineUp(GROUP, BotApiAnswers.badGatewayPage(), BotApiAnswers.error(502, "Bad Gateway"));
        outbound.send(Reply.text(chat(GROUP), null, "名单已更新"));
        outbound.send(Reply.text(chat(OTHER_GROUP), null, "另一个群"));

        rig.drain(outbound);

        List<Call> tries = rig.telegram.calls().stream()
                .filter(c -> GROUP.equals(c.chatId()))
                .toList();
        assertThat(tries).extracting(Call::status).containsExactly(502, 502, 200);
        assertThat(tries).extracting(Call::at).containsExactly(START, START.plusSeconds(1), START.plusSeconds(3));
        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("名单已更新");
        assertThat(rig.telegram.messagesTo(OTHER_GROUP))
                .singleElement()
                .satisfies(c -> assertThat(c.at()).isEqualTo(START));
    }

    @Test
    void pendingItemsSurviveARestartAndAreDeliveredInOrder() {
        byte[] workbook = new byte[40_000];
        new Random(7).nextBytes(workbook);
        outbound.send(Reply.text(chat(GROUP), null, "一"));
        outbound.send(new Attachment(chat(GROUP), "12", "报餐汇总.xlsx", workbook, "11月22日报餐汇总"));
        outbound.send(Reply.text(chat(GROUP), null, "三"));
        outbound.deliverDue();
        outbound.close();
        assertThat(rig.telegram.messagesTo(GROUP)).hasSize(1);

        var connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("localhost", rig.fixture.port));
        connections.afterPropertiesSet();
        connections.start();
        try {
            DurableOutbox restarted =
                    rig.outbound(new StringRedisTemplate(connections), TelegramSettings.Limits.TELEGRAM, rig.clock);
            rig.drain(restarted);
        } finally {
            connections.destroy();
        }

        List<Call> delivered = rig.telegram.messagesTo(GROUP);
        assertThat(delivered).extracting(Call::method).containsExactly("sendMessage", "sendDocument", "sendMessage");
        assertThat(delivered.get(0).text()).isEqualTo("一");
        assertThat(delivered.get(1).fileName()).isEqualTo("报餐汇总.xlsx");
        assertThat(delivered.get(1).file()).isEqualTo(workbook);
        assertThat(delivered.get(1).params()).containsEntry("caption", "11月22日报餐汇总");
        assertThat(delivered.get(1).replyToMessageId()).isEqualTo(12);
        assertThat(delivered.get(2).text()).isEqualTo("三");
        assertThat(rig.queued(GROUP)).isZero();
    }

    @Test
    void aLongReplyHalfDeliveredGoesOnAfterARestartWithoutRepeatingParts() {
        String plain = "甲".repeat(4_000) + "\n" + "乙".repeat(4_000) + "\n" + "丙".repeat(10);
        outbound.send(Reply.text(chat(GROUP), null, plain));
        outbound.deliverDue();
        outbound.close();

        rig.drain(rig.outbound());

        assertThat(rig.telegram.messagesTo(GROUP))
                .extracting(c -> c.text().substring(0, 1))
                .containsExactly("甲", "乙");
    }

    @Test
    void aRefusedItemIsKeptAsideAndTheNextOneIsDelivered() {
        rig.telegram.lineUp(GROUP, BotApiAnswers.error(403, "Forbidden: bot was kicked from the supergroup chat"));
        outbound.send(Reply.text(chat(GROUP), "5", "被拒绝的"));
        outbound.send(Reply.text(chat(GROUP), "6", "下一条"));

        rig.drain(outbound);

        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("下一条");
        List<String> refused = rig.redis.opsForList().range(Keys.refused(GROUP), 0, -1);
        assertThat(refused).singleElement().satisfies(json -> {
            Refusal refusal = Refusal.read(json);
            assertThat(refusal.code()).isEqualTo(403);
            assertThat(refusal.error()).contains("bot was kicked");
            assertThat(((TextItem) refusal.item()).text()).isEqualTo("被拒绝的");
            assertThat(refusal.item().replyTo()).isEqualTo("5");
        });
        assertThat(rig.queued(GROUP)).isZero();
        assertThat(rig.redis.opsForSet().isMember(Keys.BUSY_CHATS, GROUP)).isFalse();
    }

    @Test
    void aGroupThatBecameASupergroupGetsTheMessageThereAndLaterRepliesToo() {
        long supergroup = -1009999L;
        rig.telegram.lineUp(GROUP, BotApiAnswers.migrated(supergroup));
        outbound.send(Reply.text(chat(GROUP), "55", "迁移前的回复"));

        rig.drain(outbound);
        outbound.send(Reply.text(chat(GROUP), "s12", "迁移后的回复"));
        outbound.send(Reply.text(chat(GROUP), "56", "回复旧群的消息"));
        rig.drain(outbound);

        List<Call> calls = rig.telegram.calls();
        assertThat(calls).extracting(Call::chatId).containsExactly(GROUP, "-1009999", "-1009999", "-1009999");
        assertThat(calls).extracting(Call::text).containsExactly("迁移前的回复", "迁移前的回复", "迁移后的回复", "回复旧群的消息");
        assertThat(rig.chatIds.current(GROUP)).isEqualTo(supergroup);
        assertThat(calls.get(2).replyToMessageId()).isEqualTo(12);
        assertThat(calls.get(3).params()).doesNotContainKey("reply_parameters");
    }

    @Test
    void whenTwoChatsAreToldToWaitAtOnceEveryChatWaits() {
        String third = "-1005";
        rig.telegram.lineUp(GROUP, BotApiAnswers.tooManyRequests(10));
        rig.telegram.lineUp(OTHER_GROUP, BotApiAnswers.tooManyRequests(10));
        outbound.send(Reply.text(chat(GROUP), null, "甲"));
        outbound.send(Reply.text(chat(OTHER_GROUP), null, "乙"));
        outbound.send(Reply.text(chat(third), null, "丙一"));
        outbound.send(Reply.text(chat(third), null, "丙二"));

        rig.drain(outbound);

        assertThat(rig.telegram.messagesTo(third)).extracting(Call::text).containsExactly("丙一", "丙二");
        assertThat(rig.telegram.messagesTo(third).get(1).at()).isAfterOrEqualTo(START.plusSeconds(10));
        assertThat(rig.telegram.messagesTo(GROUP)).extracting(Call::text).containsExactly("甲");
        assertThat(rig.telegram.messagesTo(OTHER_GROUP)).extracting(Call::text).containsExactly("乙");
    }

    @Test
    void confirmationsWaitingForABusyChatBecomeReactionsAndOneDigestEvenWhenAReactionFails() {
        rig.telegram.lineUp(GROUP, BotApiAnswers.error(400, "Bad Request: REACTION_INVALID"));
        for (int i = 1; i <= 5; i++) {
            outbound.send(ReceiptReplies.receipt(
                    chat(GROUP), Integer.toString(100 + i), "第" + i + "团 午餐 30人", List.of(new Button("撤销", "u" + i))));
        }

        rig.drain(outbound);

        List<Call> calls = rig.telegram.calls();
        assertThat(calls.subList(0, 5)).allSatisfy(c -> {
            assertThat(c.method()).isEqualTo("setMessageReaction");
            assertThat(c.json("reaction").toString()).contains("\"emoji\"", "👌");
        });
        assertThat(calls.subList(0, 5))
                .extracting(c -> c.params().get("message_id"))
                .containsExactly("101", "102", "103", "104", "105");
        assertThat(calls.get(0).status()).isEqualTo(400);
        assertThat(rig.telegram.messagesTo(GROUP)).singleElement().satisfies(digest -> {
            assertThat(digest.text()).isEqualTo("""
                            以下 5 条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：
                            1. 第1团 午餐 30人
                            2. 第2团 午餐 30人
                            3. 第3团 午餐 30人
                            4. 第4团 午餐 30人
                            5. 第5团 午餐 30人""");
            assertThat(digest.params()).doesNotContainKeys("reply_markup", "reply_parameters");
        });
        assertThat(rig.queued(GROUP)).isZero();
    }
}
