package org.receptionbot.adapters.outbox;

import java.util.Arrays;
import java.util.List;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;

/** Receipts as the core sends them: their words, and their parts for a digest. */
final class ReceiptReplies {
    private ReceiptReplies() {}

    /** The receipt of message {@code messageId} that records {@code body}, one part a line. */
    static Reply receipt(ChatRef chat, String messageId, String body, List<Button> buttons) {
        return Reply.receipt(chat, messageId, "已记录：" + body, parts(body), buttons);
    }

    static Receipt parts(String body) {
        return new Receipt(Arrays.stream(body.split("\n")).map(Receipt.Line::of).toList());
    }
}
