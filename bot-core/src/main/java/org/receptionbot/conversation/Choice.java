package org.receptionbot.conversation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingKey;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.Record;

/**
 * A question with two answers, each with the records it would apply; the sender chooses with a
 * button or a reply within ten minutes. Each answer's records wait under a key of their own, so
 * choosing one takes both.
 */
public final class Choice {
    static final Duration WAIT = Duration.ofMinutes(10);
    private final PendingQuestions pending;

    public Choice(PendingQuestions pending) {
        this.pending = pending;
    }

    /** One of two answers: its replies, its pair, and what is said when it applies nothing. */
    enum Option {
        PLANNED("p", "REPORTED", "", "按原计划", "原计划", "按计划", "照常"),
        REPORTED("r", "PLANNED", "已保留已报人数，未作变更。", "按已报", "已报", "按已报人数", "保持"),
        AGAIN("y", "ONCE", "", "是", "是的", "对", "确认", "再减", "再加"),
        ONCE("n", "AGAIN", "好的，未重复记录。", "否", "不是", "不用", "不", "重复了"),
        ADDED("a", "SWITCHED", "", "新增", "新增人员", "另外新增", "新加", "增加", "加人"),
        SWITCHED("s", "ADDED", "", "调整", "调过来", "调线", "改线", "换线", "从其他线路调整");

        private final String code;
        private final String other;
        final String nothing;
        private final List<String> replies;

        Option(String code, String other, String nothing, String... replies) {
            this.code = code;
            this.other = other;
            this.nothing = nothing;
            this.replies = List.of(replies);
        }

        Option other() {
            return valueOf(other);
        }

        /** The option a reply chooses ("按原计划", "是"), if it is one of the replies. */
        static Optional<Option> reply(String text) {
            return Arrays.stream(values()).filter(o -> o.replies.contains(text)).findFirst();
        }

        static Optional<Option> code(String code) {
            return Arrays.stream(values()).filter(o -> o.code.equals(code)).findFirst();
        }
    }

    /** An answer offered: its button's label and the records it applies (none for "keep as it is"). */
    record Offer(Option option, String label, List<Record> records) {}

    /** Holds both offers for the sender and returns the question with a button for each. */
    Answer ask(String question, Asked asked, Offer first, Offer second) {
        String user = asked.sender().userId();
        for (Offer o : List.of(first, second))
            pending.put(
                    key(o.option(), asked.chat(), user),
                    new Pending.Confirmation(o.records(), asked.source()),
                    asked.now().plus(WAIT));
        return new Answer(question, List.of(button(first, user), button(second, user)), Reply.Kind.QUESTION, null);
    }

    /** The records held for {@code option} of this user's question, taking the other answer away too. */
    Optional<Pending.Confirmation> take(Option option, ChatRef chat, String userId, Asked asked) {
        pending.take(key(option.other(), chat, userId), asked.now());
        return pending.take(key(option, chat, userId), asked.now())
                .filter(Pending.Confirmation.class::isInstance)
                .map(Pending.Confirmation.class::cast);
    }

    private static Button button(Offer o, String user) {
        return new Button(o.label(), new ButtonAction.Choose(o.option().code, user));
    }

    private static String key(Option option, ChatRef chat, String userId) {
        return new PendingKey.Choice(option.name(), chat, userId).text();
    }
}
