package org.receptionbot.command;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.receptionbot.access.DelegationNames;
import org.receptionbot.access.People;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ButtonAction;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Bindings;
import org.receptionbot.ledger.Pending;
import org.receptionbot.ledger.PendingQuestions;
import org.receptionbot.summary.RecordText;

/** /bind: a liaison asks to speak for a delegation, and a coordinator confirms it with the button. */
public final class BindRequests {
    static final Duration BIND_WAIT = Duration.ofDays(1);
    private final PendingQuestions pending;
    private final Bindings bindings;
    private final People people;
    private final Outbox outbox;
    private final DelegationNames names;
    private final RecordText texts;
    private final Event event;

    public BindRequests(Event event, PendingQuestions pending, Bindings bindings, People people, Outbox outbox) {
        this.pending = pending;
        this.bindings = bindings;
        this.people = people;
        this.outbox = outbox;
        this.names = new DelegationNames(event);
        this.texts = new RecordText(event);
        this.event = event;
    }

    Answer bind(Command.Bind b, Asked asked) {
        if (asked.sender().coordinator()) return Answer.of("您是协调组成员，可以修改所有代表团的记录，无需绑定。");
        if (b.delegation() == null) return Answer.of("请写明代表团，如“/bind 湖南”。");
        Optional<Delegation> d = names.find(b.delegation());
        if (d.isEmpty()) return Answer.of(names.notFound(b.delegation()));
        if (d.get().id().equals(asked.sender().delegation()))
            return Answer.of("您已是" + d.get().name() + "的联络员。");
        String platform = asked.chat().platform();
        String now = asked.sender().delegation() == null
                ? null
                : texts.delegation(asked.sender().delegation());
        if (now != null && listed(platform, asked.sender().userId()))
            return Answer.of("您是活动配置中登记的" + now + "联络员，不能再绑定为" + d.get().name() + "联络员。" + "如需代"
                    + d.get().name() + "报送，请在消息中写明团名，由协调组核实；如联络员有变动，请协调组修改活动配置。");
        Binding binding = new Binding(
                platform,
                asked.sender().userId(),
                asked.sender().name(),
                d.get().id(),
                null,
                asked.now());
        Pending.BindRequest request = new Pending.BindRequest(binding, asked.source());
        pending.put(
                BindKeys.key(platform, asked.sender().userId()),
                request,
                asked.now().plus(BIND_WAIT));
        pending.put(BindKeys.latest(platform), request, asked.now().plus(BIND_WAIT));
        String was = now == null ? "" : "（现为" + now + "联络员，确认后改为" + d.get().name() + "）";
        String text = asked.sender().name() + was + "申请绑定为" + d.get().name() + "联络员，请协调组点“确认”或回复“确认”。";
        Button confirm = new Button("确认", new ButtonAction.Bind(asked.sender().userId()));
        for (ChatRef chat : coordinatorsOr(asked.chat())) outbox.send(new Reply(chat, null, text, List.of(confirm)));
        return Answer.of("已提交绑定申请（" + d.get().name() + "），待协调组确认后生效。"
                + (now == null ? "" : "您现在绑定的是" + now + "，确认后改为" + d.get().name() + "联络员。"));
    }

    /** A coordinator pressed 确认 under the request of {@code userId}: the binding holds, and the asker is told. */
    public Answer confirm(String userId, Asked asked) {
        if (!asked.sender().coordinator()) return Answer.of(Reply.Kind.REFUSAL, "抱歉，绑定申请需由协调组确认。");
        Optional<Pending> held = pending.take(BindKeys.key(asked.chat().platform(), userId), asked.now());
        if (held.isEmpty() || !(held.get() instanceof Pending.BindRequest r))
            return Answer.of(Reply.Kind.REFUSAL, "该绑定申请已过期或已处理。");
        Binding b = r.binding();
        bindings.bind(new Binding(
                b.platform(),
                b.userId(),
                b.name(),
                b.delegation(),
                asked.sender().userId(),
                asked.now()));
        String text = "已确认：" + b.name() + "为" + texts.delegation(b.delegation()) + "联络员。";
        if (!r.source().chat().equals(asked.chat()))
            outbox.send(Reply.text(r.source().chat(), r.source().messageId(), text));
        return Answer.of(text);
    }

    /**
     * A coordinator typed 确认 (where there are no buttons, as in the sandbox): the platform's latest
     * bind request still waiting is confirmed; empty when none waits.
     */
    public Optional<Answer> confirmTyped(Asked asked) {
        if (!asked.sender().coordinator()) return Optional.empty();
        Optional<Pending> latest = pending.take(BindKeys.latest(asked.chat().platform()), asked.now());
        if (latest.isEmpty() || !(latest.get() instanceof Pending.BindRequest r)) return Optional.empty();
        String key = BindKeys.key(r.binding().platform(), r.binding().userId());
        if (pending.peek(key, asked.now()).isEmpty()) return Optional.empty();
        return Optional.of(confirm(r.binding().userId(), asked));
    }

    /** Whether the event file lists the user as a delegation's liaison (a binding does not change that). */
    private boolean listed(String platform, String userId) {
        return event.delegations().stream().flatMap(x -> x.liaisons().stream()).anyMatch(p -> p.is(platform, userId));
    }

    private List<ChatRef> coordinatorsOr(ChatRef chat) {
        List<ChatRef> chats = people.chats(ChatDef.Role.COORDINATORS);
        return chats.isEmpty() ? List.of(chat) : chats;
    }
}
