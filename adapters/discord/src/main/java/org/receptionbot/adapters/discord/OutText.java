package org.receptionbot.adapters.discord;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.chat.Reply;
import org.receptionbot.summary.ChatText;

/** The core's plain text as Discord messages: markdown and mentions escaped, split between lines. */
final class OutText {
    /** Discord's limit of characters per message. */
    static final int LIMIT = ChatText.DISCORD;

    /** Markdown anywhere in a line: emphasis, code, spoilers, masked links, mentions ({@code <@id>}). */
    private static final String INLINE = "\\*_~`|[]<";

    /** Markdown at the start of a line: headings, quotes, lists. */
    private static final String LINE_START = "#>-+";

    private OutText() {}

    /**
     * Escapes what Discord would read as markdown or as a mention, so that what a user wrote cannot
     * format the bot's text or ping anyone (mentions are also turned off when sending).
     */
    static String escape(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 16);
        boolean lineStart = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (INLINE.indexOf(c) >= 0 || (lineStart && LINE_START.indexOf(c) >= 0)) out.append('\\');
            out.append(c);
            if (c == '@' && (plain.startsWith("everyone", i + 1) || plain.startsWith("here", i + 1))) {
                out.append('\u200b');
            }
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }

    /** The parts of a reply; the buttons go under the last one, the first one answers the message. */
    static List<OutPart> parts(Reply reply) {
        List<String> texts = new ArrayList<>();
        collect(reply.text(), LIMIT, texts);
        List<OutPart> parts = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            boolean last = i == texts.size() - 1;
            parts.add(new OutPart(texts.get(i), last ? reply.buttons() : List.of(), i == 0 ? reply.replyTo() : null));
        }
        return parts;
    }

    private static void collect(String plain, int limit, List<String> parts) {
        for (String part : ChatText.split(plain, limit)) {
            if (part.isBlank()) continue;
            String escaped = escape(part);
            if (escaped.length() <= LIMIT) {
                parts.add(escaped);
            } else {
                // Escaping lengthened this part: split it again, tighter by the same ratio.
                int tighter = (int) ((long) limit * LIMIT / escaped.length());
                collect(part, Math.max(2, Math.min(tighter, limit - 1)), parts);
            }
        }
    }
}
