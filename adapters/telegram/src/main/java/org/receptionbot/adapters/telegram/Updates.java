package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.model.CallbackQuery;
import com.pengrad.telegrambot.model.Message;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.model.User;
import com.pengrad.telegrambot.model.message.MaybeInaccessibleMessage;
import java.time.Instant;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.IncomingMessage;

/** Translates Telegram updates into the core's terms; chats are named by the id the event file knows. */
final class Updates {
    private final ChatIds chatIds;

    Updates(ChatIds chatIds) {
        this.chatIds = chatIds;
    }

    Inbound read(Update update) {
        if (update.message() != null) return said(update.message(), false);
        if (update.editedMessage() != null) return said(update.editedMessage(), true);
        if (update.callbackQuery() != null) return pressed(update.callbackQuery());
        return new Inbound.Nothing();
    }

    private Inbound said(Message message, boolean edited) {
        long chatId = message.chat().id();
        if (message.migrateToChatId() != null) return new Inbound.Migrated(chatId, message.migrateToChatId());
        if (message.migrateFromChatId() != null) return new Inbound.Migrated(message.migrateFromChatId(), chatId);
        String text = message.text() != null ? message.text() : message.caption();
        User from = message.from();
        if (text == null || text.isBlank() || from == null || Boolean.TRUE.equals(from.isBot())) {
            return new Inbound.Nothing();
        }
        Integer at = edited && message.editDate() != null ? message.editDate() : message.date();
        Message repliedTo = message.replyToMessage();
        return new Inbound.Said(new IncomingMessage(
                chat(chatId),
                chatIds.messageId(chatId, message.messageId()),
                Long.toString(from.id()),
                name(from),
                Instant.ofEpochSecond(at == null ? 0 : at),
                text,
                repliedTo == null ? null : chatIds.messageId(chatId, repliedTo.messageId()),
                edited));
    }

    private Inbound pressed(CallbackQuery query) {
        MaybeInaccessibleMessage message = query.maybeInaccessibleMessage();
        if (message == null || message.chat() == null || query.data() == null) {
            return new Inbound.Pressed(null, query.id());
        }
        long chatId = message.chat().id();
        ButtonPress press = new ButtonPress(
                chat(chatId),
                chatIds.messageId(chatId, message.messageId()),
                Long.toString(query.from().id()),
                query.data());
        return new Inbound.Pressed(press, query.id());
    }

    private ChatRef chat(long chatId) {
        return new ChatRef(TelegramAdapter.PLATFORM, chatIds.canonical(chatId));
    }

    /** "First Last" as Telegram shows it; the username when a person gave no name. */
    static String name(User user) {
        String first = user.firstName() == null ? "" : user.firstName().strip();
        String last = user.lastName() == null ? "" : user.lastName().strip();
        String name = (first + " " + last).strip();
        if (!name.isEmpty()) return name;
        return user.username() != null ? user.username() : Long.toString(user.id());
    }
}
