package org.receptionbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.receptionbot.access.People;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.command.BindRequests;
import org.receptionbot.command.Corrections;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.ledger.Source;

/** Buttons under the bot's answers: 撤销 (undo that message), 确认 (held-back records, a binding). */
public final class Buttons {
    private final ZoneId zone;
    private final Clock clock;
    private final People people;
    private final PendingQuestions pending;
    private final Questions questions;
    private final Corrections corrections;
    private final BindRequests binds;

    /** @param zone the event's time zone, for the day a press is made on */
    public Buttons(
            ZoneId zone,
            Clock clock,
            People people,
            PendingQuestions pending,
            Questions questions,
            Corrections corrections,
            BindRequests binds) {
        this.zone = zone;
        this.clock = clock;
        this.people = people;
        this.pending = pending;
        this.questions = questions;
        this.corrections = corrections;
        this.binds = binds;
    }

    Answer press(ButtonPress press) {
        if (!people.served(press.chat())) return Answer.silence();
        Asked asked = asked(press);
        ButtonAction action = ButtonAction.parse(press.action()).orElse(null);
        if (action instanceof ButtonAction.Undo u)
            return corrections.undo(Source.messageRef(press.chat(), u.messageId()), asked);
        if (action instanceof ButtonAction.Confirm c) return confirm(c.userId(), asked);
        if (action instanceof ButtonAction.Choose c) return questions.choose(c, asked);
        if (action instanceof ButtonAction.Bind b) return binds.confirm(b.userId(), asked);
        return Answer.silence();
    }

    private Answer confirm(String userId, Asked asked) {
        if (!userId.equals(asked.sender().userId()) && !asked.sender().coordinator())
            return Answer.of(Reply.Kind.REFUSAL, "抱歉，只有发送人本人或协调组可以确认。");
        Optional<Pending> held = pending.take(Keys.confirmation(asked.chat(), userId), asked.now());
        if (held.isEmpty() || held.get() instanceof Pending.Answer || held.get() instanceof Pending.BindRequest)
            return Answer.of(Reply.Kind.REFUSAL, "确认已过期或已处理，如需记录请重新发送。");
        return questions.confirm(held.get(), asked);
    }

    private Asked asked(ButtonPress press) {
        Instant now = clock.instant();
        Sender sender = people.who(press.chat().platform(), press.userId(), press.userId());
        String key = "press:" + press.chat().platform() + ":" + press.chat().chatId() + ":" + press.messageId() + ":"
                + press.userId() + ":" + now.toEpochMilli();
        Source source = new Source(key, press.chat(), press.messageId(), press.userId(), sender.name(), now);
        return new Asked(source, sender, null, LocalDate.ofInstant(now, zone));
    }
}
