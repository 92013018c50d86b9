package org.receptionbot.command;

import java.util.Optional;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.ledger.IssueLoop;
import org.receptionbot.ledger.IssueStep;
import org.receptionbot.ledger.IssueTicket;

/**
 * 撤销 of a coordinator's {@code /ack} or {@code /done} (or the same in words): the issue returns to
 * where it was, and a reporter told of the step in another chat is told it was taken back.
 */
final class IssueStepUndo {
    /** The most issues one message is looked at for. */
    private static final int SEVERAL = 20;

    private final IssueLoop loop;
    private final Outbox outbox;

    IssueStepUndo(IssueLoop loop, Outbox outbox) {
        this.loop = loop;
        this.outbox = outbox;
    }

    /** The answer when this message made a step on an issue; empty when it made none. */
    Optional<Answer> undo(String messageRef, Asked asked) {
        if (!asked.sender().coordinator())
            return loop.isStep(messageRef) || loop.isStep(IssueCommands.stepRef(messageRef, 1))
                    ? Optional.of(Answer.of(Reply.Kind.REFUSAL, "抱歉，只有协调组可以撤销问题的受理或办结。"))
                    : Optional.empty();
        // several issues moved by the one message ("6号7号问题收到"): each is taken back
        Optional<Answer> all = Optional.empty();
        for (int i = 0; i < SEVERAL; i++) {
            Optional<Answer> one =
                    loop.takeBack(IssueCommands.stepRef(messageRef, i)).map(u -> answer(u, asked));
            if (one.isPresent())
                all = Optional.of(all.map(a -> a.then(one.get().text())).orElse(one.get()));
        }
        return all;
    }

    private Answer answer(IssueLoop.Undo undo, Asked asked) {
        if (undo instanceof IssueLoop.Undo.NotUndone n) return Answer.of(notUndone(n.step(), n.ticket()));
        IssueLoop.Undo.TakenBack b = (IssueLoop.Undo.TakenBack) undo;
        IssueTicket t = b.ticket();
        String back = t.number() + "号问题恢复为" + state(t);
        String what = t.number() + "号问题的" + step(b.step());
        if (!t.reported().chat().equals(asked.chat()))
            outbox.send(Reply.text(t.reported().chat(), t.reported().messageId(), what + "已撤销，" + back + "。"));
        return Answer.of("已撤销：" + what + "\n" + back);
    }

    private static String notUndone(IssueStep step, IssueTicket now) {
        String what = now.number() + "号问题的" + step(step);
        if (step.takenBack(now)) return what + "已经撤销过。";
        return "未撤销：" + what + "之后已有新的处理，现为“" + now.state().label() + "”。";
    }

    private static String step(IssueStep step) {
        return step.resolved() ? "办结" : "受理";
    }

    private static String state(IssueTicket t) {
        IssueTicket.Step ack = t.acknowledged();
        if (t.state() != IssueTicket.State.ACKNOWLEDGED) return t.state().label();
        return t.state().label() + "（" + ack.name() + "受理" + (ack.note() == null ? "" : "：" + ack.note()) + "）";
    }
}
