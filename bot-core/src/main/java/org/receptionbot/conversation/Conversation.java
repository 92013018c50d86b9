package org.receptionbot.conversation;

import java.util.Objects;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatHandler;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.InboundLog;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.Event;

/**
 * Handles what is said in the chats the event file lists: stores each message raw, then answers the
 * sender. Messages from other chats are ignored and not stored: they are not the bot's to keep. A
 * re-delivered message is stored once and answered once.
 */
public final class Conversation implements ChatHandler {

    private final Event event;
    private final InboundLog inbound;
    private final Outbox outbox;

    public Conversation(Event event, InboundLog inbound, Outbox outbox) {
        this.event = Objects.requireNonNull(event, "event");
        this.inbound = Objects.requireNonNull(inbound, "inbound");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public void onMessage(IncomingMessage message) {
        if (!serves(message.chat())) {
            return;
        }
        if (!inbound.store(message)) {
            return;
        }
        long position = inbound.count(message.chat());
        outbox.send(Reply.text(message.chat(), message.messageId(), "已保存第" + position + "条消息：" + message.text()));
    }

    @Override
    public void onButton(ButtonPress press) {
        // No reply carries buttons yet; presses in served chats are accepted and change nothing.
    }

    private boolean serves(ChatRef chat) {
        return event.chats().stream()
                .anyMatch(c -> c.platform().equals(chat.platform()) && c.id().equals(chat.chatId()));
    }
}
