package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.model.reaction.ReactionTypeEmoji;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.ParseMode;
import com.pengrad.telegrambot.model.request.ReplyParameters;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SetMessageReaction;
import java.util.List;

/** The Bot API requests for the next step of a queued item. */
final class Requests {
    /** Telegram's limit on a file's caption. */
    static final int CAPTION_LIMIT = 1024;

    private final ChatIds chatIds;

    Requests(ChatIds chatIds) {
        this.chatIds = chatIds;
    }

    /** The 👌 on a liaison's message whose confirmation went into a digest. */
    static SetMessageReaction reaction(long chatId, int messageId) {
        return new SetMessageReaction(chatId, messageId, new ReactionTypeEmoji(OutItem.REACTION));
    }

    SendMessage message(String chat, long chatId, OutItem head) {
        List<String> parts = head.parts();
        int index = head.done() - head.folded().size();
        SendMessage message = new SendMessage(chatId, parts.get(index)).parseMode(ParseMode.HTML);
        ReplyParameters replyTo = index == 0 ? replyTo(chat, head.replyTo()) : null;
        if (replyTo != null) message.replyParameters(replyTo);
        if (index == parts.size() - 1 && !head.buttons().isEmpty()) {
            InlineKeyboardButton[] row = head.buttons().stream()
                    .map(b -> new InlineKeyboardButton(b.label()).callbackData(b.data()))
                    .toArray(InlineKeyboardButton[]::new);
            message.replyMarkup(new InlineKeyboardMarkup(row));
        }
        return message;
    }

    SendDocument document(String chat, long chatId, OutItem head) {
        SendDocument document = new SendDocument(chatId, head.bytes()).fileName(head.fileName());
        String caption = head.caption();
        if (caption != null && !caption.isBlank()) {
            document.caption(caption.length() > CAPTION_LIMIT ? caption.substring(0, CAPTION_LIMIT) : caption);
        }
        ReplyParameters replyTo = replyTo(chat, head.replyTo());
        if (replyTo != null) document.replyParameters(replyTo);
        return document;
    }

    private ReplyParameters replyTo(String chat, String messageId) {
        Integer platformId = chatIds.platformMessageId(chat, messageId);
        return platformId == null ? null : new ReplyParameters(platformId).allowSendingWithoutReply(true);
    }
}
