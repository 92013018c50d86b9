package org.receptionbot.adapters.sandbox;

import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.receptionbot.chat.Button;
import org.receptionbot.chat.ChatRef;
import org.receptionbot.chat.Outbox;
import org.receptionbot.chat.Reply;

/** Prints the bot's replies to the terminal; a reply to another sandbox chat names that chat. */
final class TerminalOutbox implements Outbox {

    static final String BOT = "接待保障助手";

    private final PrintStream out;
    private final ChatRef main;
    private final Map<String, String> chatNames;
    private String heading;

    TerminalOutbox(PrintStream out, ChatRef main, Map<String, String> chatNames) {
        this.out = out;
        this.main = main;
        this.chatNames = Map.copyOf(chatNames);
    }

    /**
     * Prints {@code line} before the next reply, if one is sent before the heading is cleared
     * (null): a heading for the messages a {@code :time} jump sends late.
     */
    void headNextWith(String line) {
        synchronized (out) {
            heading = line;
        }
    }

    @Override
    public void send(Reply reply) {
        String where = reply.chat().equals(main)
                ? ""
                : " → "
                        + chatNames.getOrDefault(
                                reply.chat().chatId(), reply.chat().chatId());
        StringBuilder text = new StringBuilder("【" + BOT + where + "】");
        text.append(reply.text().replace("\n", "\n    "));
        if (!reply.buttons().isEmpty()) {
            text.append("\n    ")
                    .append(reply.buttons().stream()
                            .map(Button::label)
                            .map(l -> "[" + l + "]")
                            .collect(Collectors.joining(" ")));
        }
        synchronized (out) {
            if (heading != null) out.println(heading);
            heading = null;
            out.println(text);
            out.flush();
        }
    }
}
