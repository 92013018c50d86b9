package org.receptionbot.adapters.discord;

import java.time.OffsetDateTime;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.User;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;

/** Translates Discord messages into the core's terms; a channel is a chat, its id the event file's. */
final class Messages {
    private Messages() {}

    /** What a person wrote, or null for what the core does not read (bots, webhooks, system messages, no text). */
    static IncomingMessage said(Message message, boolean edited) {
        User author = message.getAuthor();
        if (author.isBot()
                || author.isSystem()
                || message.isWebhookMessage()
                || message.getType().isSystem()) {
            return null;
        }
        String text = message.getContentRaw();
        if (text.isBlank()) return null;
        OffsetDateTime at =
                edited && message.getTimeEdited() != null ? message.getTimeEdited() : message.getTimeCreated();
        MessageReference reference = message.getMessageReference();
        return new IncomingMessage(
                chat(message.getChannelId()),
                message.getId(),
                author.getId(),
                name(author, message.isFromGuild() ? message.getMember() : null),
                at.toInstant(),
                text,
                reference == null ? null : reference.getMessageId(),
                edited);
    }

    static ChatRef chat(String channelId) {
        return new ChatRef(DiscordAdapter.PLATFORM, channelId);
    }

    /** The name the server shows: the member's nickname, else the global display name, else the username. */
    static String name(User user, Member member) {
        return member != null ? member.getEffectiveName() : user.getEffectiveName();
    }
}
