package org.receptionbot.adapters.telegram;

import java.util.List;
import org.receptionbot.adapters.outbox.Rendering;
import org.receptionbot.summary.ChatText;

/** The core's plain text as Telegram HTML messages. */
final class OutText {
    private OutText() {}

    /** Escapes what Telegram's HTML parse mode would read as markup. */
    static String escape(String plain) {
        StringBuilder html = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }

    /**
     * The escaped messages of a plain text: each at most {@link ChatText#TELEGRAM} characters after
     * escaping, cut between lines where a line allows it and never inside an entity; blank parts are
     * left out.
     */
    static List<String> htmlParts(String plain) {
        return new Rendering(ChatText.TELEGRAM, OutText::escape).parts(plain);
    }
}
