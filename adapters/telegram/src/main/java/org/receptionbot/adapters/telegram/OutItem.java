package org.receptionbot.adapters.telegram;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.receptionbot.chat.Attachment;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.Reply;

/**
 * One pending item of a chat's queue, stored as JSON. It is delivered in {@link #steps()} calls to
 * Telegram (the reactions of a digest, then one message per part); {@code done} counts the steps
 * Telegram has confirmed, so a restart goes on where delivery stopped.
 *
 * @param kind {@link #TEXT}, {@link #FILE} or {@link #DIGEST}
 * @param replyTo the core's id of the message answered, or null
 * @param text the plain text of a reply or digest; null for a file
 * @param buttons offered under the last part of a reply
 * @param fileName the name of a file
 * @param content a file's bytes, base64
 * @param caption a file's caption, or null
 * @param reactTo the core's ids of the messages a digest confirms with a reaction
 * @param done the steps already delivered
 */
record OutItem(
        String kind,
        String replyTo,
        String text,
        List<Action> buttons,
        String fileName,
        String content,
        String caption,
        List<String> reactTo,
        int done) {

    static final String TEXT = "text";
    static final String FILE = "file";
    static final String DIGEST = "digest";

    /** The reaction that stands for a folded confirmation on the liaison's message. */
    static final String REACTION = "👌";

    /** What the core's replies recording a message start with. */
    static final String RECORDED = "已记录";

    /** A button: its label and its callback data. */
    record Action(String label, String data) {}

    OutItem {
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        reactTo = reactTo == null ? List.of() : List.copyOf(reactTo);
    }

    static OutItem of(Reply reply) {
        List<Action> actions = new ArrayList<>();
        for (Button b : reply.buttons()) actions.add(new Action(b.label(), b.action()));
        return new OutItem(TEXT, reply.replyTo(), reply.text(), actions, null, null, null, null, 0);
    }

    static OutItem of(Attachment file) {
        String content = Base64.getEncoder().encodeToString(file.content());
        return new OutItem(FILE, file.replyTo(), null, null, file.fileName(), content, file.caption(), null, 0);
    }

    /**
     * One message for several confirmations, each of whose messages gets a reaction instead of its
     * own answer. Their buttons are dropped.
     */
    static OutItem digest(List<OutItem> confirmations) {
        StringBuilder text = new StringBuilder("以下 ")
                .append(confirmations.size())
                .append(" 条已记录（原消息已标注")
                .append(REACTION)
                .append("，如需撤销请回复原消息“撤销”）：");
        List<String> messages = new ArrayList<>();
        int n = 0;
        for (OutItem c : confirmations) {
            text.append('\n').append(++n).append(". ").append(withoutPrefix(c.text()));
            messages.add(c.replyTo());
        }
        return new OutItem(DIGEST, null, text.toString(), null, null, null, null, messages, 0);
    }

    private static String withoutPrefix(String confirmation) {
        String rest = confirmation.substring(RECORDED.length());
        return rest.startsWith("：") || rest.startsWith(":") ? rest.substring(1) : rest;
    }

    /** A reply recording a liaison's message, which a digest may stand in for. */
    boolean confirmation() {
        return TEXT.equals(kind) && done == 0 && replyTo != null && text != null && text.startsWith(RECORDED);
    }

    /** The HTML messages of a reply or digest. */
    List<String> parts() {
        return text == null ? List.of() : OutText.htmlParts(text);
    }

    int steps() {
        return FILE.equals(kind) ? 1 : reactTo.size() + parts().size();
    }

    /** Whether the next step is a reaction on a confirmed message. */
    boolean reactionNext() {
        return done < reactTo.size();
    }

    byte[] bytes() {
        return Base64.getDecoder().decode(content);
    }

    OutItem advanced() {
        return new OutItem(kind, replyTo, text, buttons, fileName, content, caption, reactTo, done + 1);
    }
}
