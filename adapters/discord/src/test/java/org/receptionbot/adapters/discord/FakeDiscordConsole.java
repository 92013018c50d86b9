package org.receptionbot.adapters.discord;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.receptionbot.testing.ConsoleEvent;

/**
 * Runs {@link FakeDiscord} on a fixed local port for trying the bot by hand: writes a small event
 * whose channels and people are on this fake Discord, prints the command that runs the jar against
 * it, prints every message the bot posts, and says each stdin line {@code who: text} in the work
 * channel as that person ({@code who: [撤销]} presses that button under the bot's latest message
 * carrying it).
 */
public final class FakeDiscordConsole {
    static final int PORT = 18082;
    static final Map<String, Long> PEOPLE =
            Map.of("tian", 1001L, "hunan", 2001L, "guizhou", 2002L, "beijing", 2003L, "guangdong", 2004L);
    static final Map<Long, String> CHANNELS = Map.of(100L, "接待工作群", 200L, "协调组", 300L, "餐饮保障群");
    private static final long GROUP = 100;

    private FakeDiscordConsole() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args.length > 0 ? args[0] : "target/fake-discord").toAbsolutePath();
        Files.createDirectories(dir);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Path event = Files.writeString(
                dir.resolve("event.yml"), ConsoleEvent.yaml("discord", today, "100", "200", "300", PEOPLE));
        try (FakeDiscord discord = new FakeDiscord(PORT, 100, 200, 300)) {
            out.println("Fake Discord on " + discord.apiUrl() + "; in another terminal run:");
            out.println("  java -jar config/target/reception-bot.jar --reception.event-file=" + event
                    + " --reception.data-dir=" + dir.resolve("data") + " --reception.embedded-redis.port=0"
                    + " --reception.discord.token=" + FakeDiscord.TOKEN
                    + " --reception.discord.api-url=" + discord.apiUrl()
                    + " --reception.discord.gateway-url=" + discord.gatewayUrl());
            out.println("Then type `who: text` (who: " + PEOPLE.keySet() + "), `who: [撤销]` to press a button.");
            Thread printer = new Thread(() -> print(discord, out), "printer");
            printer.setDaemon(true);
            printer.start();
            read(discord, out);
        }
    }

    private static void read(FakeDiscord discord, PrintStream out) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            int colon = line.indexOf(':');
            Long user = colon < 0 ? null : PEOPLE.get(line.substring(0, colon).trim());
            if (user == null) {
                if (!line.isBlank()) out.println("? write `who: text`, who one of " + PEOPLE.keySet());
                continue;
            }
            String name = line.substring(0, colon).trim(),
                    text = line.substring(colon + 1).trim();
            if (text.startsWith("[") && text.endsWith("]"))
                press(discord, out, user, name, text.substring(1, text.length() - 1));
            else discord.say(GROUP, user, name, text);
        }
    }

    /** Presses the button labelled {@code label} under the latest bot message carrying one. */
    private static void press(FakeDiscord discord, PrintStream out, long user, String name, String label) {
        List<FakeDiscord.Posted> posted = discord.posted();
        for (int i = posted.size() - 1; i >= 0; i--) {
            FakeDiscord.Posted p = posted.get(i);
            for (DataArray row : rows(p)) {
                for (int b = 0; b < row.length(); b++) {
                    if (label.equals(row.getObject(b).getString("label", ""))) {
                        discord.press(
                                p.channel(),
                                p.id(),
                                user,
                                name,
                                row.getObject(b).getString("custom_id"));
                        return;
                    }
                }
            }
        }
        out.println("? no message has a button [" + label + "]");
    }

    private static void print(FakeDiscord discord, PrintStream out) {
        int shown = 0, followed = 0;
        while (true) {
            List<FakeDiscord.Posted> posted = discord.posted();
            for (; shown < posted.size(); shown++) {
                FakeDiscord.Posted p = posted.get(shown);
                String files =
                        p.files().isEmpty() ? "" : " 〔文件 " + p.files().get(0).fileName() + "〕";
                out.println("【bot → " + CHANNELS.getOrDefault(p.channel(), "" + p.channel()) + "】"
                        + p.content().replace("\n", "\n    ") + files);
                StringBuilder buttons = new StringBuilder();
                for (DataArray row : rows(p))
                    for (int b = 0; b < row.length(); b++)
                        buttons.append('[')
                                .append(row.getObject(b).getString("label", "?"))
                                .append("] ");
                if (!buttons.isEmpty()) out.println("    " + buttons.toString().trim());
            }
            List<FakeDiscord.FollowUp> followUps = discord.followUps();
            for (; followed < followUps.size(); followed++) {
                out.println("【bot → 按键人（仅其可见）】" + followUps.get(followed).content());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static List<DataArray> rows(FakeDiscord.Posted p) {
        if (p.components() == null) return List.of();
        return java.util.stream.IntStream.range(0, p.components().length())
                .mapToObj(r -> p.components().getObject(r).getArray("components"))
                .toList();
    }
}
