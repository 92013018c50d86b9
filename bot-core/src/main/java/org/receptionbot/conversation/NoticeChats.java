package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.access.People;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Asked;
import org.receptionbot.event.ChatDef;
import org.receptionbot.summary.RecordText;

/** Where the notices of {@link Notices} go and how they are signed: the chats of a role, the sender and minute. */
final class NoticeChats {
    private final People people;
    private final Outbox outbox;
    private final RecordText texts;

    NoticeChats(People people, Outbox outbox, RecordText texts) {
        this.people = people;
        this.outbox = outbox;
        this.texts = texts;
    }

    /** The chats of {@code role}. */
    List<ChatRef> of(ChatDef.Role role) {
        return people.chats(role);
    }

    /** "张三 14:05": who said what a notice passes on, and at what minute. */
    String who(Asked asked) {
        return asked.sender().name() + " " + texts.clock(asked.now());
    }

    /** Sends {@code text} as a notice to each of {@code chats}. */
    void send(List<ChatRef> chats, String text) {
        for (ChatRef chat : chats) outbox.send(Reply.notice(chat, text));
    }
}
