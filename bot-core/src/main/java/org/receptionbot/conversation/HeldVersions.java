package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Source;

/**
 * A part of a message asked about apart from the rest, which is applied at once: the question is asked under a version
 * of the message of its own (its key ending in a suffix, see {@link Recording}), so that confirming it later records
 * that part under its own key.
 */
final class HeldVersions {
    private HeldVersions() {}

    /**
     * {@code applied} (the records applied now, possibly nothing) followed by {@code question} asked under the
     * message's version whose key ends in {@code suffix}.
     */
    static Answer appliedThenAsked(Answer applied, Asked asked, String suffix, Function<Asked, Answer> question) {
        Source s = asked.source();
        Source held = new Source(
                s.messageKey() + suffix, s.chat(), s.messageId(), s.senderId(), s.senderName(), s.at(), s.known());
        Answer asking = question.apply(new Asked(held, asked.sender(), asked.replyTo(), asked.today()));
        if (applied.silent()) return asking;
        List<Button> buttons = new ArrayList<>(applied.buttons());
        buttons.addAll(asking.buttons());
        return new Answer(applied.text() + "\n" + asking.text(), buttons, Reply.Kind.QUESTION, null);
    }
}
