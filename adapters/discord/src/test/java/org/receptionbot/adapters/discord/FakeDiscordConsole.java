package org.receptionbot.adapters.discord;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.receptionbot.testing.ConsoleLoop;

/**
 * Runs {@link FakeDiscord} on a fixed local port for trying the bot by hand ({@link ConsoleLoop}
 * writes the event, prints the command and reads stdin): each {@code who: text} line is said in
 * the work channel as that person, {@code who: [撤销]} presses that button under the bot's latest
 * message carrying it, and every message the bot posts is printed.
 */
public final class FakeDiscordConsole {
    /** 18082, or {@code -Dfake.port=…} when that port is taken. */
    static final int PORT = Integer.getInteger("fake.port", 18082);

    static final Map<Long, String> CHANNELS = Map.of(100L, "接待工作群", 200L, "协调组", 300L, "餐饮保障群");
    private static final long GROUP = 100;

    private FakeDiscordConsole() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args.length > 0 ? args[0] : "target/fake-discord").toAbsolutePath();
        Path event = ConsoleLoop.writeEvent(dir, "discord", "100", "200", "300");
        try (FakeDiscord discord = new FakeDiscord(PORT, 100, 200, 300)) {
            ConsoleLoop.banner(
                    out,
                    "Fake Discord",
                    discord.apiUrl(),
                    event,
                    "--reception.discord.token=" + FakeDiscord.TOKEN
                            + " --reception.discord.api-url=" + discord.apiUrl()
                            + " --reception.discord.gateway-url=" + discord.gatewayUrl());
            ConsoleLoop.startPrinter(() -> print(discord, out));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            ConsoleLoop.read(in, out, new Platform(discord));
        }
    }

    /** The loop's lines as gateway events on the fake Discord. */
    private record Platform(FakeDiscord discord) implements ConsoleLoop.Platform {
        @Override
        public void say(long user, String name, String text) {
            discord.say(GROUP, user, name, text);
        }

        @Override
        public boolean press(long user, String name, String label) {
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
                            return true;
                        }
                    }
                }
            }
            return false;
        }
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
