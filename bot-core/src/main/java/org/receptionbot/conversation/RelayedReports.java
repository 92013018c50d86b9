package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.parse.RelayWords;
import org.receptionbot.record.Record;
import org.receptionbot.summary.RecordText;

/**
 * "帮四川报一下 中午30", "云南联络员手机没电了 我替他们报：午餐20人" sent by another delegation's liaison: a
 * liaison may record only their own delegation, so the relayed report is not recorded; it is passed on to
 * the coordinators, who may record it, and the sender is told so plainly instead of a bare refusal.
 */
final class RelayedReports {

    private final People people;
    private final MovementReporters movers;
    private final Notices notices;
    private final RecordText texts;

    RelayedReports(People people, MovementReporters movers, Notices notices, RecordText texts) {
        this.people = people;
        this.movers = movers;
        this.notices = notices;
        this.texts = texts;
    }

    /** The answer when every record is another delegation's and the message relays it; else empty. */
    Optional<Answer> forward(List<Record> records, Asked asked, String text) {
        if (records.isEmpty() || asked.sender().coordinator() || asked.sender().delegation() == null)
            return Optional.empty();
        for (Record r : records)
            if (people.refusal(asked.sender(), r.delegation()) == null || movers.may(r, asked)) return Optional.empty();
        if (!RelayWords.relayed(text)) return Optional.empty();
        StringBuilder read = new StringBuilder();
        for (Record r : records) read.append("\n  ").append(texts.describe(r));
        String body = text.strip() + "\n读作（未记录，请协调组核实后登记）：" + read;
        boolean told = notices.pass("代报", body, asked);
        String answer = "未记录：" + read.toString().strip()
                + "\n联络员只能报本团的数字；"
                + (told ? "您代报的内容已转协调组，由协调组核实后登记。" : "请将代报内容发给协调组登记。");
        return Optional.of(Answer.of(Reply.Kind.ANSWER, answer));
    }
}
