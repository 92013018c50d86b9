package org.receptionbot.adapters.outbox;

import java.util.List;
import java.util.Optional;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.EarlierReceipts;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;

/**
 * A reply in text.
 *
 * @param buttons offered under its last part
 * @param says what the reply is ({@link Reply#kind()}); null in items queued before replies had
 *     a kind, read as that version did (a text starting as a receipt is one)
 * @param receipt a receipt's parts ({@link Reply#receipt()}), or null
 */
public record TextItem(
        String id, String replyTo, String text, List<Action> buttons, int done, Reply.Kind says, Receipt receipt)
        implements OutItem {
    public TextItem {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        if (says == null) {
            Optional<Receipt> earlier = EarlierReceipts.of(text);
            says = earlier.isPresent() ? Reply.Kind.RECEIPT : Reply.Kind.ANSWER;
            receipt = earlier.orElse(null);
        }
    }

    @Override
    public int steps(Rendering rendering) {
        return rendering.parts(text).size();
    }

    @Override
    public TextItem advanced() {
        return new TextItem(id, replyTo, text, buttons, done + 1, says, receipt);
    }

    /** The next part; the first answers {@link #replyTo}, the last carries the buttons. */
    @Override
    public Delivery next(String chat, Rendering rendering) {
        List<String> parts = rendering.parts(text);
        List<Button> offered = done == parts.size() - 1 ? buttonList() : List.of();
        return new Delivery.Message(chat, parts.get(done), offered, done == 0 ? replyTo : null);
    }

    /** A receipt of a liaison's message, not yet begun, which a digest may stand in for. */
    @Override
    public boolean foldable() {
        return done == 0 && replyTo != null && says == Reply.Kind.RECEIPT && receipt != null;
    }

    private List<Button> buttonList() {
        return buttons.stream().map(a -> new Button(a.label(), a.data())).toList();
    }

    /** A button: its label and the action the core resolves when it is pressed. */
    record Action(String label, String data) {}
}
