package org.receptionbot.adapters.telegram;

import com.pengrad.telegrambot.TelegramBot;
import com.pengrad.telegrambot.request.BaseRequest;
import com.pengrad.telegrambot.response.BaseResponse;
import com.pengrad.telegrambot.response.SendResponse;
import java.util.function.LongFunction;
import org.receptionbot.adapters.outbox.ChatSender;
import org.receptionbot.adapters.outbox.Delivery;
import org.receptionbot.adapters.outbox.Outcome;
import org.receptionbot.adapters.outbox.SendLimits;
import org.receptionbot.summary.ChatText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telegram's side of the outbox: each delivery as one Bot API call to the chat as Telegram calls it
 * now, and Telegram's limits. A group that became a supergroup is followed at once: the call goes
 * again to the supergroup, and later ones go there.
 */
final class TelegramSender implements ChatSender {
    private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

    private final TelegramBot bot;
    private final ChatIds chatIds;
    private final Requests requests;
    private final SendLimits limits;

    TelegramSender(TelegramBot bot, ChatIds chatIds, TelegramSettings.Limits limits) {
        this.bot = bot;
        this.chatIds = chatIds;
        this.requests = new Requests(chatIds);
        this.limits =
                new SendLimits(limits.chatGap(), limits.groupPerMinute(), limits.globalPerSecond(), ChatText.TELEGRAM);
    }

    @Override
    public String platform() {
        return TelegramAdapter.PLATFORM;
    }

    @Override
    public SendLimits limits() {
        return limits;
    }

    /** Telegram's HTML parse mode. */
    @Override
    public String format(String plain) {
        return OutText.escape(plain);
    }

    /** Group ids are negative; the per-minute limit is Telegram's for groups only. */
    @Override
    public boolean isGroup(String chat) {
        return chat.startsWith("-");
    }

    @Override
    public Outcome send(Delivery delivery) {
        long chatId;
        try {
            chatId = chatIds.current(delivery.chat());
        } catch (NumberFormatException e) {
            return new Outcome.Refused(0, "a Telegram chat id is a number: " + delivery.chat());
        }
        if (delivery instanceof Delivery.Mark mark) return markOn(chatId, mark);
        LongFunction<BaseRequest<?, ? extends BaseResponse>> request = delivery instanceof Delivery.Message message
                ? id -> requests.message(id, message)
                : id -> requests.document(id, (Delivery.Document) delivery);
        Called first = call(request.apply(chatId));
        Long supergroup = first.answer().migratedTo();
        if (first.answer().kind() != Answer.Kind.MIGRATED || supergroup == chatId) return first.outcome();
        chatIds.migrate(chatId, supergroup);
        log.info("chat {} became the supergroup {}; sending there", delivery.chat(), supergroup);
        return call(request.apply(supergroup)).outcome();
    }

    private Outcome markOn(long chatId, Delivery.Mark mark) {
        Integer messageId = chatIds.platformMessageId(mark.chat(), mark.messageId());
        if (messageId == null)
            return new Outcome.Refused(0, "the message is in the group before it became a supergroup");
        return call(Requests.reaction(chatId, messageId, mark.sign())).outcome();
    }

    private Called call(BaseRequest<?, ? extends BaseResponse> request) {
        try {
            BaseResponse response = bot.execute(request);
            return new Called(Answer.of(response), response);
        } catch (RuntimeException e) {
            return new Called(Answer.failed(e), null);
        }
    }

    /** Telegram's answer to one call. */
    private record Called(Answer answer, BaseResponse response) {
        Outcome outcome() {
            if (answer.kind() != Answer.Kind.SENT) return answer.outcome();
            return new Outcome.Sent(
                    response instanceof SendResponse sent && sent.message() != null
                            ? Integer.toString(sent.message().messageId())
                            : null);
        }
    }
}
