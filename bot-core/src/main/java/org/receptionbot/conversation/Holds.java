package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.Record;

/**
 * Records held back until the sender confirms them (确认) or corrects the figure (不对，是××人): an
 * absurd figure, a visit change taking more people off a route than are on it.
 */
public final class Holds {
    private final PendingQuestions pending;
    private final Checks checks;

    public Holds(PendingQuestions pending, Checks checks) {
        this.pending = pending;
        this.checks = checks;
    }

    /** Holds records with a figure far from their delegation's size, naming each and the size. */
    Answer absurd(List<Record> records, Asked asked) {
        return hold(records, asked, "请确认以下人数（超出该团规模较多）：" + checks.absurdCounts(records));
    }

    /** Keeps the records until the sender confirms; the question says why. */
    Answer hold(List<Record> records, Asked asked, String why) {
        pending.put(
                Keys.confirmation(asked.chat(), asked.sender().userId()),
                new Pending.Confirmation(records, asked.source()),
                asked.now().plus(Intake.ANSWER_WAIT));
        String text = why + "\n确认无误请点“确认”或回复“确认”（10分钟内有效）；如有误请回复“不对，是××人”或重新发送。";
        return new Answer(
                text,
                List.of(new Button("确认", new ButtonAction.Confirm(asked.sender().userId()))),
                Reply.Kind.QUESTION,
                null);
    }
}
