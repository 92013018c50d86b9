package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.receptionbot.access.Sender;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.command.Asked;
import org.receptionbot.command.BindKeys;
import org.receptionbot.command.Corrections;
import org.receptionbot.command.Desk;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.Source;

/** Buttons under the bot's answers: 撤销 (undo that message), 确认 (held-back records, a binding). */
final class Buttons {
    private final Desk desk;
    private final Questions questions;
    private final Corrections corrections;

    Buttons(Desk desk, Questions questions) {
        this.desk = desk;
        this.questions = questions;
        this.corrections = new Corrections(desk);
    }

    Answer press(ButtonPress press) {
        if (!desk.people().served(press.chat())) return Answer.silence();
        Asked asked = asked(press);
        String action = press.action();
        if (action.startsWith(Keys.UNDO))
            return corrections.undo(Source.messageRef(press.chat(), action.substring(Keys.UNDO.length())), asked);
        if (action.startsWith(Keys.CONFIRM)) return confirm(action.substring(Keys.CONFIRM.length()), asked);
        if (action.startsWith(Choice.ACTION)) return questions.choose(action, asked);
        if (action.startsWith(BindKeys.ACTION)) return bind(action.substring(BindKeys.ACTION.length()), asked);
        return Answer.silence();
    }

    private Answer confirm(String userId, Asked asked) {
        if (!userId.equals(asked.sender().userId()) && !asked.sender().coordinator())
            return Answer.of(Reply.Kind.REFUSAL, "抱歉，只有发送人本人或协调组可以确认。");
        Optional<Pending> held = desk.pending().take(Keys.confirmation(asked.chat(), userId), asked.now());
        if (held.isEmpty() || held.get() instanceof Pending.Answer || held.get() instanceof Pending.BindRequest)
            return Answer.of(Reply.Kind.REFUSAL, "确认已过期或已处理，如需记录请重新发送。");
        return questions.confirm(held.get(), asked);
    }

    private Answer bind(String userId, Asked asked) {
        if (!asked.sender().coordinator()) return Answer.of(Reply.Kind.REFUSAL, "抱歉，绑定申请需由协调组确认。");
        Optional<Pending> held = desk.pending().take(BindKeys.key(asked.chat().platform(), userId), asked.now());
        if (held.isEmpty() || !(held.get() instanceof Pending.BindRequest r))
            return Answer.of(Reply.Kind.REFUSAL, "该绑定申请已过期或已处理。");
        Binding b = r.binding();
        desk.bindings()
                .bind(new Binding(
                        b.platform(),
                        b.userId(),
                        b.name(),
                        b.delegation(),
                        asked.sender().userId(),
                        asked.now()));
        String text = "已确认：" + b.name() + "为" + desk.texts().delegation(b.delegation()) + "联络员。";
        desk.outbox()
                .send(org.receptionbot.chat.Reply.text(
                        r.source().chat(), r.source().messageId(), text));
        return Answer.of(text);
    }

    private Asked asked(ButtonPress press) {
        Instant now = desk.clock().instant();
        Sender sender = desk.people().who(press.chat().platform(), press.userId(), press.userId());
        String key = "press:" + press.chat().platform() + ":" + press.chat().chatId() + ":" + press.messageId() + ":"
                + press.userId() + ":" + now.toEpochMilli();
        Source source = new Source(key, press.chat(), press.messageId(), press.userId(), sender.name(), now);
        return new Asked(
                source, sender, null, LocalDate.ofInstant(now, desk.event().zone()));
    }
}
