package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.IncomingMessage;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Entry;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.message.ParseOutcome;

/**
 * Answers to a message read as a change to what is recorded rather than as a report: a change moved to the meal
 * meant (a correction), a report completing an earlier record, a route's meal settled by a coordinator, a swap of people on a route.
 */
final class ChangeAnswers {
    private final Event event;
    private final Ledger ledger;
    private final Intake intake;

    ChangeAnswers(Event event, Ledger ledger, Intake intake) {
        this.event = event;
        this.ledger = ledger;
        this.intake = intake;
    }

    /** A report that completes an earlier record ({@link Supplements}), answered as the update it makes; or empty. */
    Optional<Answer> completed(ParseOutcome outcome, Asked asked, String text) {
        Optional<Entry> completed = new Supplements(ledger).completed(outcome);
        if (completed.isEmpty()) return Optional.empty();
        Answer a = intake.take(outcome, asked, text, List.of(completed.get()));
        String prefix = "已按修改后的消息更新：";
        if (!a.text().startsWith(prefix)) return Optional.of(a);
        String updated = "已更新：" + Supplements.change(completed.get(), outcome) + "\n"
                + a.text().substring(prefix.length());
        return Optional.of(new Answer(updated, a.buttons(), a.kind(), a.receipt()));
    }

    /** The moved change recorded in place of the earlier one, answered as a correction. */
    Answer movedTo(MovedMeals.Moved m, String text, Asked asked) {
        Answer a = intake.take(new ParseOutcome.Understood(List.of(m.record())), asked, text, List.of(m.replaced()));
        String edited = "已按修改后的消息更新：";
        if (!a.text().startsWith(edited)) return a;
        String withdrawn = "\n原报“"
                + new org.receptionbot.summary.RecordText(event)
                        .describe(m.replaced().record()) + "”已撤回。";
        return new Answer("已更正：" + a.text().substring(edited.length()) + withdrawn, a.buttons(), a.kind(), a.receipt());
    }

    /** A route's meal settled by a coordinator: what it settles, then the receipt of the cancellations recorded. */
    Answer settled(RouteMealSettlements.Settlement settled, String text, Asked asked) {
        if (settled.records().isEmpty()) return Answer.of(Reply.Kind.ANSWER, settled.said());
        Answer taken = intake.take(new ParseOutcome.Understood(settled.records()), asked, text);
        if (taken.silent()) return Answer.of(Reply.Kind.ANSWER, settled.said());
        return new Answer(settled.said() + "\n" + taken.text(), taken.buttons(), taken.kind(), taken.receipt());
    }

    /** A swap of people on a route, answered, with whatever else the message reports taken as usual. */
    Answer swapped(NamedSwaps.Swap swap, ParseOutcome rest, IncomingMessage message, Asked asked) {
        String said = NamedSwaps.answer(swap);
        if (swap.people() > 0)
            said += intake.notices().swapped(swap, asked).map(t -> "\n" + t).orElse("");
        Answer taken = intake.take(rest, asked, message.text());
        return taken.silent() ? Answer.of(Reply.Kind.ANSWER, said) : taken.then(said);
    }
}
