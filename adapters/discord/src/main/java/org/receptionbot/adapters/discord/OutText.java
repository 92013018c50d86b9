package org.receptionbot.adapters.discord;

import org.receptionbot.summary.ChatText;

/**
 * The core's plain text as Discord shows it: markdown and mentions escaped. The outbox splits a long
 * text between lines ({@link org.receptionbot.adapters.outbox.Rendering}).
 */
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
}
