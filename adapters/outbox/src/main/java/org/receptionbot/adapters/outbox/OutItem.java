package org.receptionbot.adapters.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.EarlierReceipts;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;

/**
 * One pending item of a chat's queue, stored as JSON with its {@code kind}. It is delivered in
 * {@link #steps} calls to the platform; {@link #done()} counts the steps the platform confirmed, so
 * a restart goes on where delivery stopped.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = OutItem.Text.class, name = "text"),
    @JsonSubTypes.Type(value = OutItem.File.class, name = "file"),
    @JsonSubTypes.Type(value = OutItem.Digest.class, name = "digest")
})
public sealed interface OutItem {

    /** Unique to this item, so that a command Redis runs twice cannot queue it twice. */
    String id();

    /** The core's id of the message answered, or null. */
    String replyTo();

    /** The steps already delivered. */
    int done();

    /** The calls this item takes on a platform that renders text so. */
    int steps(Rendering rendering);

    /** This item with one more step delivered. */
    OutItem advanced();

    /** The call of this item's next step to the chat; only while {@code done < steps}. */
    Delivery next(String chat, Rendering rendering);

    /** A receipt not yet begun, or a digest of them, that a digest may take in. */
    @JsonIgnore
    default boolean foldable() {
        return false;
    }

    /**
     * A reply in text.
     *
     * @param buttons offered under its last part
     * @param says what the reply is ({@link Reply#kind()}); null in items queued before replies had
     *     a kind, read as that version did (a text starting as a receipt is one)
     * @param receipt a receipt's parts ({@link Reply#receipt()}), or null
     */
    record Text(
            String id, String replyTo, String text, List<Action> buttons, int done, Reply.Kind says, Receipt receipt)
            implements OutItem {
        public Text {
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
        public Text advanced() {
            return new Text(id, replyTo, text, buttons, done + 1, says, receipt);
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
    }

    /**
     * A file.
     *
     * @param content its bytes, base64
     * @param caption shown with it, or null
     */
    record File(String id, String replyTo, String fileName, String content, String caption, int done)
            implements OutItem {
        @Override
        public int steps(Rendering rendering) {
            return 1;
        }

        @Override
        public File advanced() {
            return new File(id, replyTo, fileName, content, caption, done + 1);
        }

        @Override
        public Delivery next(String chat, Rendering rendering) {
            return new Delivery.Document(chat, fileName, bytes(), caption, replyTo);
        }

        public byte[] bytes() {
            return Base64.getDecoder().decode(content);
        }
    }

    /**
     * One message for several receipts, in their order; each message they answered is marked ({@link
     * DurableOutbox#MARK}) first, then the digest's parts are sent. Its text is the core's ({@link
     * org.receptionbot.chat.Digest}).
     */
    record Digest(String id, List<Folded> folded, int done) implements OutItem {
        public Digest {
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
        public Digest advanced() {
            return new Digest(id, folded, done + 1);
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
    }

    /** A button: its label and the action the core resolves when it is pressed. */
    record Action(String label, String data) {}

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

    static Text of(Reply reply) {
        List<Action> actions = new ArrayList<>();
        for (Button b : reply.buttons()) actions.add(new Action(b.label(), b.action()));
        return new Text(newId(), reply.replyTo(), reply.text(), actions, 0, reply.kind(), reply.receipt());
    }

    static File of(Attachment file) {
        String content = Base64.getEncoder().encodeToString(file.content());
        return new File(newId(), file.replyTo(), file.fileName(), content, file.caption(), 0);
    }

    /** The digest of receipts and of digests not yet begun, in their order. */
    static Digest digest(List<OutItem> foldable) {
        List<Folded> folded = new ArrayList<>();
        for (OutItem item : foldable) {
            if (item instanceof Digest d) folded.addAll(d.folded());
            else if (item instanceof Text t) folded.add(new Folded(t.replyTo(), t.receipt()));
        }
        return new Digest(newId(), folded, 0);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
