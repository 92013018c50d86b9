package org.receptionbot.conversation;

import java.util.List;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.record.Record;
import org.receptionbot.record.Visit;
import org.receptionbot.record.VisitChange;

/**
 * A 新增 or 调整 that answers no open choice still gets a reply: what the open question waits for,
 * or that there is none to answer, so a sender is never left without an answer.
 */
final class VisitAnswers {
    private VisitAnswers() {}

    /** True for the answers of a visit question (新增, 调整 and their variants). */
    static boolean visit(Choice.Option option) {
        return option == Choice.Option.ADDED || option == Choice.Option.SWITCHED;
    }

    /** True when visit figures wait for the sender's 确认: a 新增 then confirms them. */
    static boolean held(PendingQuestions pending, Asked asked) {
        return pending.peek(Keys.confirmation(asked.chat(), asked.sender().userId()), asked.now())
                .filter(p -> p instanceof Pending.Confirmation c && visits(c.records()))
                .isPresent();
    }

    private static boolean visits(List<Record> records) {
        return !records.isEmpty() && records.stream().allMatch(r -> r instanceof Visit || r instanceof VisitChange);
    }

    /** The reply to a 新增 or 调整 with no choice open for the sender. */
    static Answer unasked(PendingQuestions pending, Asked asked) {
        boolean held = pending.peek(
                        Keys.confirmation(asked.chat(), asked.sender().userId()), asked.now())
                .isPresent();
        if (held) return Answer.of(Reply.Kind.QUESTION, "上一条待确认的内容仍未记录：确认无误请点“确认”或回复“确认”；如有误请回复“不对，是××人”或重新发送。");
        return Answer.of(Reply.Kind.REFUSAL, "目前没有需要您回答的问题，未作变更。如需记录考察人数，请完整发送，如“百色线再加1人”。");
    }
}
