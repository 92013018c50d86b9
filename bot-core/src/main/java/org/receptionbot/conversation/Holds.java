package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.command.Desk;
import org.receptionbot.ledger.Pending;
import org.receptionbot.record.Record;

/** Records held back until the sender confirms them (确认): an absurd figure, a visit change below zero. */
final class Holds {
    private final Desk desk;
    private final Checks checks;

    Holds(Desk desk, Checks checks) {
        this.desk = desk;
        this.checks = checks;
    }

    /** Holds records with a figure far from their delegation's size, naming each and the size. */
    Answer absurd(List<Record> records, Asked asked) {
        StringBuilder s = new StringBuilder("请确认以下人数（超出该团规模较多）：");
        for (Record r : records)
            if (checks.absurd(r))
                s.append('\n').append(desk.texts().describe(r)).append(size(r));
        return hold(records, asked, s.toString());
    }

    /** Keeps the records until the sender confirms; the question says why. */
    Answer hold(List<Record> records, Asked asked, String why) {
        desk.pending()
                .put(
                        Keys.confirmation(asked.chat(), asked.sender().userId()),
                        new Pending.Confirmation(records, asked.source()),
                        asked.now().plus(Intake.ANSWER_WAIT));
        String s = why + "\n确认无误请点“确认”或回复“确认”（10分钟内有效）；如有误请重新发送。";
        return new Answer(
                s, List.of(new Button("确认", Keys.CONFIRM + asked.sender().userId())), Reply.Kind.QUESTION, null);
    }

    private String size(Record r) {
        return desk.event()
                .delegation(r.delegation())
                .map(d -> "（该团共" + d.size() + "人）")
                .orElse("");
    }
}
