package org.receptionbot.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the runnable fake-platform consoles share: the {@link ConsoleEvent} they write, the banner
 * that tells how to run the jar against them, and the stdin loop that reads {@code who: text}
 * ({@code who: [label]} presses a button). Each console only translates a line to its platform.
 */
public final class ConsoleLoop {
    /** Who can type, by the name before the colon, with their user ids on the fake platform. */
    public static final Map<String, Long> PEOPLE =
            Map.of("tian", 1001L, "hunan", 2001L, "guizhou", 2002L, "beijing", 2003L, "guangdong", 2004L);

    /** A fake platform as the loop drives it. */
    public interface Platform {
        /** Says {@code text} in the work group as user {@code user} named {@code name}. */
        void say(long user, String name, String text);

        /** Presses {@code label} under the bot's latest message carrying it; false when none does. */
        boolean press(long user, String name, String label);
    }

    private ConsoleLoop() {}

    /** Writes {@code dir/event.yml}, a {@link ConsoleEvent} around today with chats on {@code platform}. */
    public static Path writeEvent(Path dir, String platform, String group, String coordinators, String caterer)
            throws IOException {
        Files.createDirectories(dir);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String yaml = ConsoleEvent.yaml(platform, today, group, coordinators, caterer, PEOPLE);
        return Files.writeString(dir.resolve("event.yml"), yaml);
    }

    /** Prints where {@code fake} listens and the command that runs the jar on {@code event} against it. */
    public static void banner(PrintStream out, String fake, String url, Path event, String platformSettings) {
        out.println(fake + " on " + url + "; in another terminal run:");
        out.println("  java -jar config/target/reception-bot.jar --reception.event-file=" + event
                + " --reception.data-dir=" + event.getParent().resolve("data")
                + " --reception.embedded-redis.port=0 " + platformSettings);
        out.println("Then type `who: text` (who: " + PEOPLE.keySet() + "), `who: [撤销]` to press a button.");
    }

    /** Runs {@code printer} on a daemon thread, so that it stops with the console. */
    public static void startPrinter(Runnable printer) {
        Thread thread = new Thread(printer, "printer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Hands each line of {@code in} to {@code platform} until the end of input; says why a line is not one. */
    public static void read(BufferedReader in, PrintStream out, Platform platform) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int colon = line.indexOf(':');
            Long user = colon < 0 ? null : PEOPLE.get(line.substring(0, colon).trim());
            if (user == null) {
                if (!line.isBlank()) out.println("? write `who: text`, who one of " + PEOPLE.keySet());
                continue;
            }
            String name = line.substring(0, colon).trim();
            String text = line.substring(colon + 1).trim();
            try {
                if (!text.startsWith("[") || !text.endsWith("]")) platform.say(user, name, text);
                else if (!platform.press(user, name, text.substring(1, text.length() - 1)))
                    out.println("? no message has a button " + text);
            } catch (IllegalStateException e) { // the fake refuses a line while the bot is not connected
                out.println("? not said: " + e.getMessage() + "; wait until the bot logs that it serves the chats");
            }
        }
    }
}
