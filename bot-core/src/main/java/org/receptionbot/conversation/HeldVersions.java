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
 * of the message of its own (its key ending in one of the suffixes below), so that confirming it later records
 * that part under its own key.
 */
final class HeldVersions {
    /** The ending of the key of a message's version that holds its count of another delegation's bus. */
    static final String BUS_COUNT = "~bus";
    /** The ending of the key of a message's version that holds a departure said beside a packed meal. */
    static final String LEAVING = "~leave";
    /** The ending of the key of a message's version that holds the teams whose figure is in doubt. */
    static final String SIZE = "~size";

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
