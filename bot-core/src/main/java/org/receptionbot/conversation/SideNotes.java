package org.receptionbot.conversation;

import java.util.Optional;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;

/**
 * A note said beside what a message applied ({@link Intake}): another delegation's line, a 接龙 line already recorded.
 * It is the answer when the applied records say nothing, else it is said after them.
 */
final class SideNotes {
    private SideNotes() {}

    /** {@code applied} with {@code note} said, when there is one. */
    static Answer noted(Answer applied, Optional<String> note) {
        if (note.isEmpty()) return applied;
        return applied.silent() ? Answer.of(Reply.Kind.ANSWER, note.get()) : applied.then(note.get());
    }
}
