package org.receptionbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;
import org.receptionbot.testing.InMemoryInboundLog;
import org.receptionbot.testing.Messages;
import org.receptionbot.testing.RecordingOutbox;

class ConversationTest {

    private static final ChatRef GROUP = new ChatRef("sandbox", "work-group");
    private static final ChatRef ELSEWHERE = new ChatRef("sandbox", "family");

    private final InMemoryInboundLog inbound = new InMemoryInboundLog();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final Conversation conversation = new Conversation(eventServing(GROUP), inbound, outbox);

    @Test
    void storesTheMessageAndTellsTheSenderWhatWasStored() {
        conversation.onMessage(Messages.in(GROUP).id("41").from("hunan", "李娜").text("湖南今晚35人"));

        assertThat(inbound.all())
                .singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("湖南今晚35人"));
        assertThat(outbox.sent()).containsExactly(Reply.text(GROUP, "41", "已保存第1条消息：湖南今晚35人"));
    }

    @Test
    void numbersMessagesWithinTheirChat() {
        conversation.onMessage(Messages.in(GROUP).id("1").text("第一条"));
        conversation.onMessage(Messages.in(GROUP).id("2").text("第二条"));

        assertThat(outbox.last().text()).isEqualTo("已保存第2条消息：第二条");
    }

    @Test
    void aRedeliveredMessageIsStoredOnceAndAnsweredOnce() {
        var message = Messages.in(GROUP).id("7").text("贵州明早不吃早餐");

        conversation.onMessage(message);
        conversation.onMessage(message);

        assertThat(inbound.count(GROUP)).isEqualTo(1);
        assertThat(outbox.sent()).hasSize(1);
    }

    @Test
    void anEditIsStoredAsAVersionOfItsOwn() {
        conversation.onMessage(Messages.in(GROUP).id("7").text("湖南30人"));
        conversation.onMessage(Messages.in(GROUP)
                .id("7")
                .at(Instant.parse("2026-11-22T02:05:00Z"))
                .edited()
                .text("湖南32人"));

        assertThat(inbound.recent(GROUP, 10)).extracting(m -> m.text()).containsExactly("湖南30人", "湖南32人");
    }

    @Test
    void ignoresChatsTheEventDoesNotList() {
        conversation.onMessage(Messages.in(ELSEWHERE).id("1").text("晚上一起吃饭"));

        assertThat(inbound.all()).isEmpty();
        assertThat(outbox.sent()).isEmpty();
    }

    @Test
    void aButtonPressSaysNothingYet() {
        conversation.onButton(new ButtonPress(GROUP, "5", "hunan", "undo:1"));

        assertThat(outbox.sent()).isEmpty();
    }

    private static Event eventServing(ChatRef chat) {
        return new Event(
                "测试运动会",
                ZoneId.of("Asia/Shanghai"),
                LocalDate.of(2026, 11, 18),
                LocalDate.of(2026, 11, 29),
                new Event.Location("示例县", 30.27, 109.49),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(new ChatDef(chat.platform(), chat.chatId(), "工作群", ChatDef.Role.GROUP)));
    }
}
