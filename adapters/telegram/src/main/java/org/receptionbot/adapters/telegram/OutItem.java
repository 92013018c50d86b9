package org.receptionbot.adapters.telegram;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Digest;
import org.receptionbot.chat.EarlierReceipts;
import org.receptionbot.chat.Receipt;
import org.receptionbot.chat.Reply;

/**
 * One pending item of a chat's queue, stored as JSON. It is delivered in {@link #steps()} calls to
 * Telegram (the reactions of a digest, then one message per part); {@code done} counts the steps
 * Telegram has confirmed, so a restart goes on where delivery stopped.
 *
 * @param id unique to this item, so that a command Redis runs twice cannot queue it twice; null in
 *     items queued before ids existed
 * @param kind {@link #TEXT}, {@link #FILE} or {@link #DIGEST}
 * @param replyTo the core's id of the message answered, or null
 * @param text the plain text of a reply; null for a file or a digest
 * @param buttons offered under the last part of a reply
 * @param fileName the name of a file
 * @param content a file's bytes, base64
 * @param caption a file's caption, or null
 * @param folded the confirmations a digest stands for
 * @param done the steps already delivered
 * @param says what a reply is ({@link Reply#kind()}); null in items queued before replies had a
 *     kind, which are read as that version did (a text starting as a receipt is one)
 * @param receipt a receipt's parts ({@link Reply#receipt()}), or null
 */
record OutItem(
        String id,
        String kind,
        String replyTo,
        String text,
        List<Action> buttons,
        String fileName,
        String content,
        String caption,
        List<Folded> folded,
        int done,
        Reply.Kind says,
        Receipt receipt) {

    static final String TEXT = "text";
    static final String FILE = "file";
    static final String DIGEST = "digest";

    /** The reaction that stands for a folded confirmation on the liaison's message. */
    static final String REACTION = "👌";

    /** A button: its label and its callback data. */
    record Action(String label, String data) {}

    /**
     * A confirmation in a digest: the liaison's message, marked with a reaction, and what was
     * recorded.
     *
     * @param text what was recorded, as a digest queued before receipts had parts kept it; else null
     */
    record Folded(String messageId, String text, Receipt receipt) {
        Folded {
            if (receipt == null && text != null) receipt = EarlierReceipts.body(text);
        }

        Folded(String messageId, Receipt receipt) {
            this(messageId, null, receipt);
        }
    }

    OutItem {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        folded = folded == null ? List.of() : List.copyOf(folded);
        if (says == null && TEXT.equals(kind)) {
            Optional<Receipt> earlier = EarlierReceipts.of(text);
            says = earlier.isPresent() ? Reply.Kind.RECEIPT : Reply.Kind.ANSWER;
            receipt = earlier.orElse(null);
        }
    }

    static OutItem of(Reply reply) {
        List<Action> actions = new ArrayList<>();
        for (Button b : reply.buttons()) actions.add(new Action(b.label(), b.action()));
        return new OutItem(
                newId(),
                TEXT,
                reply.replyTo(),
                reply.text(),
                actions,
                null,
                null,
                null,
                null,
                0,
                reply.kind(),
                reply.receipt());
    }

    static OutItem of(Attachment file) {
        String content = Base64.getEncoder().encodeToString(file.content());
        return new OutItem(
                newId(),
                FILE,
                file.replyTo(),
                null,
                null,
                file.fileName(),
                content,
                file.caption(),
                null,
                0,
                null,
                null);
    }

    /**
     * One message for confirmations and for digests not yet begun, in their order; the liaisons'
     * messages get a reaction instead of an answer each. Buttons are dropped.
     */
    static OutItem digest(List<OutItem> foldable) {
        List<Folded> folded = new ArrayList<>();
        for (OutItem item : foldable) {
            if (DIGEST.equals(item.kind())) folded.addAll(item.folded());
            else folded.add(new Folded(item.replyTo(), item.receipt()));
        }
        return new OutItem(newId(), DIGEST, null, null, null, null, null, null, folded, 0, null, null);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /** The plain text of a digest, as the core words it. */
    String digestText() {
        return Digest.text(folded.stream().map(Folded::receipt).toList(), REACTION);
    }

    /** A reply recording a liaison's message, which a digest may stand in for. */
    boolean confirmation() {
        return TEXT.equals(kind) && done == 0 && replyTo != null && says == Reply.Kind.RECEIPT && receipt != null;
    }

    /** A confirmation, or a digest of them, that another digest may take in. */
    boolean foldable() {
        return confirmation() || (DIGEST.equals(kind) && done == 0);
    }

    /** The HTML messages of a reply or digest. */
    List<String> parts() {
        if (DIGEST.equals(kind)) return OutText.htmlParts(digestText());
        return text == null ? List.of() : OutText.htmlParts(text);
    }

    int steps() {
        return FILE.equals(kind) ? 1 : folded.size() + parts().size();
    }

    /** Whether the next step is a reaction on a confirmed message. */
    boolean reactionNext() {
        return done < folded.size();
    }

    byte[] bytes() {
        return Base64.getDecoder().decode(content);
    }

    OutItem advanced() {
        return new OutItem(
                id, kind, replyTo, text, buttons, fileName, content, caption, folded, done + 1, says, receipt);
    }
}
