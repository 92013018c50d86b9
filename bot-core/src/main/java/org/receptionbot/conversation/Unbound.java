package org.receptionbot.conversation;

import org.receptionbot.access.Sender;
import org.receptionbot.chat.Reply;
import org.receptionbot.command.Answer;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.message.Gap;

/**
 * Someone neither in the event file nor bound reports for a delegation without naming it: asking
 * which delegation would only end in a refusal, so they are told how to bind first.
 */
final class Unbound {

    private Unbound() {}

    /** True when the gap would be asked of a sender who may report for no delegation. */
    static boolean cannotAnswer(Sender sender, Gap gap) {
        return sender instanceof Sender.Other && gap.draft() != null && Checks.needsDelegation(gap.draft());
    }

    /** The answer so far, then how to bind; a refusal of its own when nothing else was answered. */
    static Answer bindFirst(Answer applied, Event event) {
        String told = bindFirst(event);
        return applied.silent() ? Answer.of(Reply.Kind.REFUSAL, told) : applied.then(told);
    }

    /** "您尚未绑定代表团…请先发送“/bind 湖南”…" with a name of the event's first delegation. */
    static String bindFirst(Event event) {
        String example =
                event.delegations().stream().findFirst().map(Unbound::alias).orElse("代表团名称");
        return "您尚未绑定代表团，以上内容未记录。如您是代表团联络员，请先发送“/bind 代表团名称”（如“/bind " + example + "”）申请绑定，经协调组确认后即可报告本团情况。";
    }

    private static String alias(Delegation d) {
        return d.aliases().isEmpty() ? d.name() : d.aliases().get(0);
    }
}
