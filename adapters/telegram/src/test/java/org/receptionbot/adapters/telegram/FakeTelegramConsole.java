package org.receptionbot.adapters.telegram;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.receptionbot.testing.ConsoleEvent;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@link FakeBotApi} on a fixed local port for trying the bot by hand: writes a small event
 * whose chats and people are on this fake Telegram, prints the command that runs the jar against
 * it, prints every message the bot sends, and offers each stdin line {@code who: text} to the work
 * group as that person's message ({@code who: [撤销]} presses that button under the bot's latest
 * message carrying it).
 */
public final class FakeTelegramConsole {
    static final int PORT = 18081;
    static final Map<String, Long> PEOPLE =
            Map.of("tian", 1001L, "hunan", 2001L, "guizhou", 2002L, "beijing", 2003L, "guangdong", 2004L);
    static final Map<Long, String> CHATS = Map.of(-100L, "接待工作群", -200L, "协调组", -300L, "餐饮保障群");
    private static final long GROUP = -100;

    private FakeTelegramConsole() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path event = writeEvent(
                Path.of(args.length > 0 ? args[0] : "target/fake-telegram").toAbsolutePath());
        try (FakeBotApi api = new FakeBotApi(Clock.systemUTC(), PORT)) {
            out.println("Fake Telegram Bot API on " + api.apiUrl() + "; in another terminal run:");
            out.println("  java -jar config/target/reception-bot.jar --reception.event-file=" + event
                    + " --reception.data-dir=" + event.getParent().resolve("data")
                    + " --reception.embedded-redis.port=0"
                    + " --reception.telegram.token=" + FakeBotApi.TOKEN
                    + " --reception.telegram.api-url=" + api.apiUrl());
            out.println("Then type `who: text` (who: " + PEOPLE.keySet() + "), `who: [撤销]` to press a button.");
            Thread printer = new Thread(() -> print(api, out), "printer");
            printer.setDaemon(true);
            printer.start();
            read(api, out);
        }
    }

    private static void read(FakeBotApi api, PrintStream out) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int next = 1;
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
                press(api, out, user, name, text.substring(1, text.length() - 1));
            else api.offer(FakeUpdates.message(GROUP, next++, user, name, text));
        }
    }

    /** Presses the button labelled {@code label} under the latest bot message carrying one. */
    private static void press(FakeBotApi api, PrintStream out, long user, String name, String label) {
        List<FakeBotApi.Call> sent = sent(api);
        for (int i = sent.size() - 1; i >= 0; i--) {
            for (JsonNode row : buttons(sent.get(i))) {
                for (JsonNode button : row) {
                    if (button.get("text").asString().equals(label)) {
                        long chat = Long.parseLong(sent.get(i).chatId());
                        api.offer(FakeUpdates.press(
                                chat,
                                50_000 + i,
                                user,
                                name,
                                button.get("callback_data").asString()));
                        return;
                    }
                }
            }
        }
        out.println("? no message has a button [" + label + "]");
    }

    private static void print(FakeBotApi api, PrintStream out) {
        int shown = 0;
        while (true) {
            List<FakeBotApi.Call> sent = api.accepted().stream()
                    .filter(c -> c.method().matches("sendMessage|sendDocument|answerCallbackQuery"))
                    .toList();
            for (; shown < sent.size(); shown++) {
                FakeBotApi.Call call = sent.get(shown);
                if (call.method().equals("answerCallbackQuery")) {
                    if (call.text() != null) out.println("【bot → 按键人（弹窗）】" + call.text());
                    continue;
                }
                String chat = CHATS.getOrDefault(Long.parseLong(call.chatId()), call.chatId());
                String body =
                        call.text() != null ? call.text() : call.param("caption") + " 〔文件 " + call.fileName() + "〕";
                out.println("【bot → " + chat + "】" + body.replace("\n", "\n    "));
                StringBuilder buttons = new StringBuilder();
                for (JsonNode row : buttons(call))
                    for (JsonNode b : row)
                        buttons.append('[').append(b.get("text").asString()).append("] ");
                if (!buttons.isEmpty()) out.println("    " + buttons.toString().trim());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The messages the bot sent, in order; the i-th got message id 50000 + i from the fake. */
    private static List<FakeBotApi.Call> sent(FakeBotApi api) {
        return api.accepted().stream()
                .filter(c -> c.method().equals("sendMessage") || c.method().equals("sendDocument"))
                .toList();
    }

    private static Iterable<JsonNode> buttons(FakeBotApi.Call call) {
        JsonNode markup = call.json("reply_markup");
        return markup == null || markup.get("inline_keyboard") == null ? List.of() : markup.get("inline_keyboard");
    }

    private static Path writeEvent(Path dir) throws Exception {
        Files.createDirectories(dir);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String yaml = ConsoleEvent.yaml("telegram", today, "-100", "-200", "-300", PEOPLE);
        return Files.writeString(dir.resolve("event.yml"), yaml);
    }
}
