package org.receptionbot.summary;

import java.util.ArrayList;
import java.util.List;

/** Splits chat text for a platform's message limit without cutting a line. */
public final class ChatText {
    /** Telegram's limit of characters per message. */
    public static final int TELEGRAM = 4096;
    /** Discord's limit of characters per message. */
    public static final int DISCORD = 2000;

    private ChatText() {}

    /**
     * Parts of at most {@code limit} characters, each made of whole lines; only a single line longer
     * than the limit is cut.
     */
    public static List<String> split(String text, int limit) {
        if (limit < 2) throw new IllegalArgumentException("limit is too small: " + limit);
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (String piece : cut(line, limit)) {
                if (part.length() > 0 && part.length() + 1 + piece.length() > limit) {
                    parts.add(part.toString());
                    part.setLength(0);
                }
                if (part.length() > 0) part.append('\n');
                part.append(piece);
            }
        }
        if (part.length() > 0 || parts.isEmpty()) parts.add(part.toString());
        return parts;
    }

    private static List<String> cut(String line, int limit) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < line.length(); i += limit)
            pieces.add(line.substring(i, Math.min(line.length(), i + limit)));
        if (pieces.isEmpty()) pieces.add("");
        return pieces;
    }
}
