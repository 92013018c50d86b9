package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.model.reaction.ReactionTypeEmoji;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.model.request.ReplyParameters;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SetMessageReaction;
import org.receptionbot.adapters.outbox.Delivery;

/** The Bot API requests for the outbox's deliveries. */
final class Requests {
    /** Telegram's limit on a file's caption. */
    static final int CAPTION_LIMIT = 1024;

    private final ChatIds chatIds;

    Requests(ChatIds chatIds) {
        this.chatIds = chatIds;
    }

    /** The reaction on a liaison's message that a digest answers. */
    static SetMessageReaction reaction(long chatId, int messageId, String emoji) {
        return new SetMessageReaction(chatId, messageId, new ReactionTypeEmoji(emoji));
    }

    /** A message part, already in Telegram's HTML. */
    SendMessage message(long chatId, Delivery.Message part) {
        SendMessage message = new SendMessage(chatId, part.text()).parseMode(ParseMode.HTML);
        ReplyParameters replyTo = replyTo(part.chat(), part.replyTo());
        if (replyTo != null) message.replyParameters(replyTo);
        if (!part.buttons().isEmpty()) {
            InlineKeyboardButton[] row = part.buttons().stream()
                    .map(b -> new InlineKeyboardButton(b.label()).callbackData(b.action()))
                    .toArray(InlineKeyboardButton[]::new);
            message.replyMarkup(new InlineKeyboardMarkup(row));
        }
        return message;
    }

    SendDocument document(long chatId, Delivery.Document file) {
        SendDocument document = new SendDocument(chatId, file.content()).fileName(file.fileName());
        String caption = file.caption();
        if (caption != null && !caption.isBlank()) {
            document.caption(caption.length() > CAPTION_LIMIT ? caption.substring(0, CAPTION_LIMIT) : caption);
        }
        ReplyParameters replyTo = replyTo(file.chat(), file.replyTo());
        if (replyTo != null) document.replyParameters(replyTo);
        return document;
    }

    private ReplyParameters replyTo(String chat, String messageId) {
        Integer platformId = chatIds.platformMessageId(chat, messageId);
        return platformId == null ? null : new ReplyParameters(platformId).allowSendingWithoutReply(true);
    }
}
