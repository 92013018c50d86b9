package org.receptionbot.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.receptionbot.adapters.telegram.OutboundRig.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.receptionbot.adapters.outbox.DurableOutbox;
import org.receptionbot.adapters.telegram.FakeBotApi.Call;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Reply;

/** A group reporting its meals all at once, against Telegram's 20 messages a minute. */
class OutboundBurstIT {
    static final String GROUP = "-1003";
    static final int CONFIRMATIONS = 200;
    static final int FIRST_MESSAGE_ID = 5_000;

    @RegisterExtension
    final OutboundRig rig = new OutboundRig();

    DurableOutbox outbound;

    @BeforeEach
    void open() {
        outbound = rig.outbound();
    }

    static String body(int i) {
        return "编号C" + i + "号 第" + (i % 12 + 1) + "团 午餐 " + (20 + i % 9) + "人";
    }

    @Test
    void twoHundredConfirmationsInAMinuteStayWithinTheGroupLimitAndEveryMessageIsAnswered() {
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < CONFIRMATIONS; i++) {
            int messageId = FIRST_MESSAGE_ID + i;
            outbound.send(ReceiptReplies.receipt(
                    chat(GROUP), Integer.toString(messageId), body(i), List.of(new Button("撤销", "undo:" + i))));
            if (i % 50 == 25) {
                String question = "问题" + i + "：请问是哪个代表团？";
                questions.add(question);
                outbound.send(Reply.text(chat(GROUP), Integer.toString(messageId), question));
            }
            outbound.deliverDue(); // what the sender thread does when woken by a send
            rig.clock.advance(Duration.ofMillis(300));
        }
        rig.drain(outbound);

        List<Call> messages = rig.telegram.messagesTo(GROUP);
        for (Call first : messages) {
            Instant end = first.at().plus(Duration.ofSeconds(60));
            long inWindow = messages.stream()
                    .filter(m -> !m.at().isBefore(first.at()) && m.at().isBefore(end))
                    .count();
            assertThat(inWindow)
                    .as("messages in the minute from %s", first.at())
                    .isLessThanOrEqualTo(20);
        }

        Set<Integer> reacted = new HashSet<>();
        for (Call call : rig.telegram.accepted()) {
            if (!call.method().equals("setMessageReaction")) continue;
            assertThat(call.chatId()).isEqualTo(GROUP);
            assertThat(call.params().get("reaction")).contains("👌");
            reacted.add(Integer.parseInt(call.params().get("message_id")));
        }
        String digests = String.join(
                "\n",
                messages.stream()
                        .map(Call::text)
                        .filter(t -> t.startsWith("以下 ") || !t.startsWith("已记录"))
                        .toList());
        for (int i = 0; i < CONFIRMATIONS; i++) {
            int messageId = FIRST_MESSAGE_ID + i;
            String text = "已记录：" + body(i);
            boolean ownAnswer = messages.stream()
                    .anyMatch(m ->
                            text.equals(m.text()) && Integer.valueOf(messageId).equals(m.replyToMessageId()));
            boolean listed = digests.contains(". " + body(i) + "\n") || digests.endsWith(". " + body(i));
            boolean inDigest = reacted.contains(messageId) && listed;
            assertThat(ownAnswer || inDigest)
                    .as("confirmation %d answered on its own or marked and listed in a digest", i)
                    .isTrue();
        }
        assertThat(messages)
                .extracting(Call::text)
                .filteredOn(questions::contains)
                .containsExactlyElementsOf(questions);
        assertThat(digests).contains("条已记录（原消息已标注👌，如需撤销请回复原消息“撤销”）：");
        assertThat(messages)
                .filteredOn(m -> m.text().startsWith("以下 "))
                .allSatisfy(m -> assertThat(m.params()).doesNotContainKey("reply_markup"));
        assertThat(messages).as("messages to the group").hasSizeLessThan(CONFIRMATIONS / 4);
        assertThat(rig.queued(GROUP)).isZero();
        assertThat(rig.redis.opsForSet().isMember(Keys.BUSY_CHATS, GROUP)).isFalse();
        assertThat(rig.redis.opsForList().size(Keys.refused(GROUP))).isZero();
    }
}
