package org.receptionbot.reminder;

import java.util.List;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Event;

/** The event's chats of a role. */
final class Chats {
    private Chats() {}

    static List<ChatRef> of(Event event, ChatDef.Role role) {
        return event.chats().stream()
                .filter(c -> c.role() == role)
                .map(c -> new ChatRef(c.platform(), c.id()))
                .toList();
    }
}
