package org.receptionbot.adapters.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.receptionbot.summary.ChatText;

/**
 * A platform's messages for a plain text: split between lines so that each part, once formatted,
 * is at most {@code maxLength} characters.
 */
public record Rendering(int maxLength, UnaryOperator<String> format) {

    public static Rendering of(ChatSender sender) {
        return new Rendering(sender.limits().maxLength(), sender::format);
    }

    /**
     * The formatted parts of a plain text, cut between lines where a line allows it (a formatted
     * part is never cut, so an escape stays whole); blank parts are left out.
     */
    public List<String> parts(String plain) {
        List<String> parts = new ArrayList<>();
        if (plain != null) collect(plain, maxLength, parts);
        return parts;
    }

    private void collect(String plain, int limit, List<String> parts) {
        for (String part : ChatText.split(plain, limit)) {
            if (part.isBlank()) continue;
            String formatted = format.apply(part);
            if (formatted.length() <= maxLength) {
                parts.add(formatted);
            } else {
                // Formatting lengthened this part: split it again, tighter by the same ratio.
                int tighter = (int) ((long) limit * maxLength / formatted.length());
                collect(part, Math.max(2, Math.min(tighter, limit - 1)), parts);
            }
        }
    }
}
