package org.receptionbot.adapters.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.receptionbot.chat.ButtonPress;
import org.receptionbot.chat.Reply;

/**
 * The core's refusals of a button press (someone else's 撤销 or 确认), kept from the chat so that the
 * adapter shows them in the press's own pop-up. A refusal is the core's {@link Reply.Kind#REFUSAL}
 * answering the pressed message in its chat, said while the press is handled on the same thread;
 * every other reply goes to the chat as before.
 */
public final class PressRefusals {
    private final ThreadLocal<Handling> current = new ThreadLocal<>();

    private record Handling(ButtonPress press, List<String> refusals) {}

    /** Runs {@code handling} of the press on this thread; returns the refusals it said, in order. */
    public List<String> during(ButtonPress press, Runnable handling) {
        Handling outer = current.get();
        Handling now = new Handling(press, new ArrayList<>());
        current.set(now);
        try {
            handling.run();
        } finally {
            if (outer == null) current.remove();
            else current.set(outer);
        }
        return List.copyOf(now.refusals());
    }

    /** Whether {@code reply} refuses the press handled on this thread: then it is kept, not to be sent. */
    public boolean takes(Reply reply) {
        Handling handling = current.get();
        if (handling == null
                || reply.kind() != Reply.Kind.REFUSAL
                || !reply.buttons().isEmpty()) return false;
        ButtonPress press = handling.press();
        if (!press.chat().equals(reply.chat()) || !Objects.equals(press.messageId(), reply.replyTo())) return false;
        handling.refusals().add(reply.text());
        return true;
    }
}
