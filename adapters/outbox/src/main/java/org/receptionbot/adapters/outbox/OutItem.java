package org.receptionbot.adapters.outbox;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Reply;

/**
 * One pending item of a chat's queue, stored as JSON with its {@code kind}. It is delivered in
 * {@link #steps} calls to the platform; {@link #done()} counts the steps the platform confirmed, so
 * a restart goes on where delivery stopped.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = TextItem.class, name = "text"),
    @JsonSubTypes.Type(value = FileItem.class, name = "file"),
    @JsonSubTypes.Type(value = DigestItem.class, name = "digest")
})
public sealed interface OutItem permits TextItem, FileItem, DigestItem {

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

    static TextItem of(Reply reply) {
        List<TextItem.Action> actions = new ArrayList<>();
        for (Button b : reply.buttons()) actions.add(new TextItem.Action(b.label(), b.action()));
        return new TextItem(newId(), reply.replyTo(), reply.text(), actions, 0, reply.kind(), reply.receipt());
    }

    static FileItem of(Attachment file) {
        String content = Base64.getEncoder().encodeToString(file.content());
        return new FileItem(newId(), file.replyTo(), file.fileName(), content, file.caption(), 0);
    }

    /** The digest of receipts and of digests not yet begun, in their order. */
    static DigestItem digest(List<OutItem> foldable) {
        List<DigestItem.Folded> folded = new ArrayList<>();
        for (OutItem item : foldable) {
            if (item instanceof DigestItem d) folded.addAll(d.folded());
            else if (item instanceof TextItem t) folded.add(new DigestItem.Folded(t.replyTo(), t.receipt()));
        }
        return new DigestItem(newId(), folded, 0);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
