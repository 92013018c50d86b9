package org.receptionbot.access;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.event.ChatDef;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;
import org.receptionbot.event.Person;
import org.receptionbot.ledger.Binding;
import org.receptionbot.ledger.Bindings;

/** Resolves senders to their role, decides who may change a delegation's records, and which chats are served. */
public final class People {
    private final Event event;
    private final Bindings bindings;

    public People(Event event, Bindings bindings) {
        this.event = event;
        this.bindings = bindings;
    }

    public Sender who(String platform, String userId, String displayName) {
        for (Person p : event.coordinators()) {
            if (p.is(platform, userId)) return new Sender.Coordinator(userId, p.name());
        }
        for (Delegation d : event.delegations()) {
            for (Person p : d.liaisons()) {
                if (p.is(platform, userId)) return new Sender.Liaison(userId, p.name(), d.id());
            }
        }
        Optional<Binding> bound = bindings.find(platform, userId);
        if (bound.isPresent())
            return new Sender.Liaison(userId, displayName, bound.get().delegation());
        return new Sender.Other(userId, displayName);
    }

    /** Null when the sender may change the delegation's records; else the polite refusal to send. */
    public String refusal(Sender sender, String delegation) {
        if (sender.coordinator() || delegation == null || delegation.equals(sender.delegation())) return null;
        Delegation d = event.delegation(delegation).orElse(null);
        if (d == null) return null;
        return "抱歉，" + d.name() + "的记录只能由" + whoCan(d) + "修改。"
                + (sender.delegation() == null ? "如您是该团联络员，请发送“/bind " + alias(d) + "”申请绑定。" : "");
    }

    /** The chats of a role, e.g. the coordinators' chats that hear of late changes. */
    public List<ChatRef> chats(ChatDef.Role role) {
        return event.chats().stream()
                .filter(c -> c.role() == role)
                .map(c -> new ChatRef(c.platform(), c.id()))
                .toList();
    }

    public boolean served(ChatRef chat) {
        return event.chats().stream()
                .anyMatch(c -> c.platform().equals(chat.platform()) && c.id().equals(chat.chatId()));
    }

    private String whoCan(Delegation d) {
        List<String> names = d.liaisons().stream().map(Person::name).collect(Collectors.toList());
        bindings.all().stream().filter(b -> b.delegation().equals(d.id())).forEach(b -> names.add(b.name()));
        return names.isEmpty() ? "该团联络员或协调组" : "该团联络员" + String.join("、", names) + "或协调组";
    }

    private static String alias(Delegation d) {
        return d.aliases().isEmpty() ? d.name() : d.aliases().get(0);
    }
}
