package org.receptionbot.adapters.outbox;

import java.util.Base64;

/**
 * A file.
 *
 * @param content its bytes, base64
 * @param caption shown with it, or null
 */
public record FileItem(String id, String replyTo, String fileName, String content, String caption, int done)
        implements OutItem {
    @Override
    public int steps(Rendering rendering) {
        return 1;
    }

    @Override
    public FileItem advanced() {
        return new FileItem(id, replyTo, fileName, content, caption, done + 1);
    }

    @Override
    public Delivery next(String chat, Rendering rendering) {
        return new Delivery.Document(chat, fileName, bytes(), caption, replyTo);
    }

    public byte[] bytes() {
        return Base64.getDecoder().decode(content);
    }
}
