package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;

/**
 * A coordinator's bare 确认 (确认无误, 确定, 确认绑定, 同意) when nothing waits for it (no held report, bind request or
 * question): answered plainly instead of left silent. A liaison's bare yes may answer a person in the chat and stays
 * unanswered.
 */
final class NothingToConfirm {
    private static final List<String> WORDS = List.of("确认", "确认无误", "确定", "确认绑定", "同意", "同意绑定");

    private NothingToConfirm() {}

    /** {@code read} as it is, or the plain answer when it is silent and {@code text} is a coordinator's bare 确认. */
    static Answer or(Answer read, String text, Sender sender) {
        String t = text.strip().replaceAll("[。！!.，,]+$", "");
        if (!read.silent() || !sender.coordinator() || !WORDS.contains(t)) return read;
        return Answer.of(Reply.Kind.ANSWER, "当前没有待确认的事项。");
    }
}
