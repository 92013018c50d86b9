package org.receptionbot.adapters.telegram;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.receptionbot.testing.ConsoleLoop;
import tools.jackson.databind.JsonNode;

/**
 * Runs {@link FakeBotApi} on a fixed local port for trying the bot by hand ({@link ConsoleLoop}
 * writes the event, prints the command and reads stdin): each {@code who: text} line is offered to
 * the work group as that person's message, {@code who: [撤销]} presses that button under the bot's
 * latest message carrying it, and every message the bot sends is printed.
 */
public final class FakeTelegramConsole {
    /** 18081, or {@code -Dfake.port=…} when that port is taken. */
    static final int PORT = Integer.getInteger("fake.port", 18081);

    static final Map<Long, String> CHATS = Map.of(-100L, "接待工作群", -200L, "协调组", -300L, "餐饮保障群");
    private static final long GROUP = -100;

    private FakeTelegramConsole() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path dir = Path.of(args.length > 0 ? args[0] : "target/fake-telegram").toAbsolutePath();
        Path event = ConsoleLoop.writeEvent(dir, "telegram", "-100", "-200", "-300");
        try (FakeBotApi api = new FakeBotApi(Clock.systemUTC(), PORT)) {
            ConsoleLoop.banner(
                    out,
                    "Fake Telegram Bot API",
                    api.apiUrl(),
                    event,
                    "--reception.telegram.token=" + FakeBotApi.TOKEN + " --reception.telegram.api-url=" + api.apiUrl());
            ConsoleLoop.startPrinter(() -> print(api, out));
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            ConsoleLoop.read(in, out, new Platform(api));
        }
    }

    /** The loop's lines as updates on the fake Bot API. */
    private static final class Platform implements ConsoleLoop.Platform {
        private final FakeBotApi api;
        private int next = 1;

        Platform(FakeBotApi api) {
            this.api = api;
        }

        @Override
        public void say(long user, String name, String text) {
            api.offer(FakeUpdates.message(GROUP, next++, user, name, text));
        }

        @Override
        public boolean press(long user, String name, String label) {
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
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    private static void print(FakeBotApi api, PrintStream out) {
        int shown = 0;
        while (true) {
            List<String> lines = printed(api);
            for (; shown < lines.size(); shown++) out.println(lines.get(shown));
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** The loop's lines as updates on {@code api}, as the console sends them. */
    public static ConsoleLoop.Platform platform(FakeBotApi api) {
        return new Platform(api);
    }

    /**
     * What the console prints for what the bot has sent so far: each message with its chat (its
     * lines after the first indented), its buttons on a line of their own, and a press's refusal as
     * the pop-up it is.
     */
    public static List<String> printed(FakeBotApi api) {
        List<String> lines = new ArrayList<>();
        List<FakeBotApi.Call> sent = api.accepted().stream()
                .filter(c -> c.method().matches("sendMessage|sendDocument|answerCallbackQuery"))
                .toList();
        for (FakeBotApi.Call call : sent) {
            if (call.method().equals("answerCallbackQuery")) {
                if (call.text() != null) lines.add("【bot → 按键人（弹窗）】" + call.text());
                continue;
            }
            String chat = CHATS.getOrDefault(Long.parseLong(call.chatId()), call.chatId());
            String body = call.text() != null ? call.text() : call.param("caption") + " 〔文件 " + call.fileName() + "〕";
            lines.add("【bot → " + chat + "】" + body.replace("\n", "\n    "));
            StringBuilder buttons = new StringBuilder();
            for (JsonNode row : buttons(call))
                for (JsonNode b : row)
                    buttons.append('[').append(b.get("text").asString()).append("] ");
            if (!buttons.isEmpty()) lines.add("    " + buttons.toString().trim());
        }
        return lines;
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
}
