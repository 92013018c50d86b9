package org.receptionbot.adapters.outbox;

import java.util.List;
import org.receptionbot.chat.EarlierReceipts;
import org.receptionbot.chat.Receipt;

/**
 * One message for several receipts, in their order; each message they answered is marked ({@link
 * DurableOutbox#MARK}) first, then the digest's parts are sent. Its text is the core's ({@link
 * org.receptionbot.chat.Digest}).
 */
public record DigestItem(String id, List<Folded> folded, int done) implements OutItem {
    public DigestItem {
        folded = folded == null ? List.of() : List.copyOf(folded);
    }

    @Override
    public String replyTo() {
        return null;
    }

    @Override
    public int steps(Rendering rendering) {
        return folded.size() + rendering.parts(text()).size();
    }

    @Override
    public DigestItem advanced() {
        return new DigestItem(id, folded, done + 1);
    }

    /** The mark of the next message answered, then the next part of the digest. */
    @Override
    public Delivery next(String chat, Rendering rendering) {
        if (marking()) return new Delivery.Mark(chat, folded.get(done).messageId(), DurableOutbox.MARK);
        return new Delivery.Message(chat, rendering.parts(text()).get(done - folded.size()), List.of(), null);
    }

    @Override
    public boolean foldable() {
        return done == 0;
    }

    /** Whether the next step marks a message rather than sending a part. */
    public boolean marking() {
        return done < folded.size();
    }

    /** The plain text of the digest, as the core words it. */
    public String text() {
        return org.receptionbot.chat.Digest.text(
                folded.stream().map(Folded::receipt).toList(), DurableOutbox.MARK);
    }

    /**
     * A receipt in a digest: the message it answers, and what was recorded.
     *
     * @param text what was recorded, as a digest queued before receipts had parts kept it; else null
     */
    record Folded(String messageId, String text, Receipt receipt) {
        public Folded {
            if (receipt == null && text != null) receipt = EarlierReceipts.body(text);
        }

        public Folded(String messageId, Receipt receipt) {
            this(messageId, null, receipt);
        }
    }
}
