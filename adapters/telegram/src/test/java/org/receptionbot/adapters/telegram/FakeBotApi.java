package org.receptionbot.adapters.telegram;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A local server that speaks enough of the Bot API for the bot: updates offered by the test are
 * served by {@code getUpdates} until confirmed by a later offset; what the bot sends is recorded; a
 * method can be made to fail with a given status and body.
 */
public final class FakeBotApi extends Dispatcher implements AutoCloseable {
    public static final String TOKEN = "123456:TEST-TOKEN";
    public static final long BOT_ID = 9000;

    private final MockWebServer server = new MockWebServer();
    private final List<JsonObject> pending = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> failures = new LinkedHashMap<>();
    private final AtomicInteger nextUpdate = new AtomicInteger(1);
    private final AtomicInteger nextMessage = new AtomicInteger(50_000);
    private volatile boolean privacyOn;
    private int confirmedBelow;

    /** One request the bot made: the method and its parameters (JSON values as text). */
    public record Call(String method, Map<String, String> params, long at) {
        public String param(String name) {
            return params.get(name);
        }

        public JsonObject json(String name) {
            return JsonParser.parseString(params.get(name)).getAsJsonObject();
        }
    }

    public FakeBotApi() {
        server.setDispatcher(this);
        try {
            server.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base URL for {@code reception.telegram.api-url} / {@link TelegramSettings#apiUrl()}. */
    public String apiUrl() {
        return server.url("/bot").toString();
    }

    public void privacyOn() {
        privacyOn = true;
    }

    /** Offers an update (without its id); returns the id it was given. */
    public synchronized int offer(JsonObject update) {
        int id = nextUpdate.getAndIncrement();
        update.addProperty("update_id", id);
        pending.add(update);
        notifyAll();
        return id;
    }

    /** The next {@code times} calls of {@code method} answer {@code status} with {@code body}. */
    public synchronized void fail(String method, int times, int status, String body) {
        Deque<MockResponse> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(new MockResponse.Builder()
                    .code(status)
                    .setHeader("Content-Type", "application/json")
                    .body(body)
                    .build());
        }
    }

    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Updates with an id below this have been confirmed by the bot. */
    public synchronized int confirmedBelow() {
        return confirmedBelow;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> params = params(request);
        synchronized (this) {
            calls.add(new Call(method, params, System.currentTimeMillis()));
            Deque<MockResponse> failing = failures.get(method);
            if (failing != null && !failing.isEmpty()) return failing.poll();
        }
        JsonElement result;
        switch (method) {
            case "getUpdates":
                result = updates(params);
                break;
            case "getMe":
                result = me();
                break;
            case "sendMessage":
            case "sendDocument":
                result = sent(params);
                break;
            default:
                result = new com.google.gson.JsonPrimitive(true);
        }
        JsonObject body = new JsonObject();
        body.addProperty("ok", true);
        body.add("result", result);
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body.toString())
                .build();
    }

    private synchronized JsonArray updates(Map<String, String> params) throws InterruptedException {
        int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
        confirmedBelow = Math.max(confirmedBelow, offset);
        pending.removeIf(u -> u.get("update_id").getAsInt() < offset);
        if (pending.isEmpty()) wait(200);
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        JsonArray out = new JsonArray();
        pending.stream().limit(limit).forEach(out::add);
        return out;
    }

    private JsonObject me() {
        JsonObject me = new JsonObject();
        me.addProperty("id", BOT_ID);
        me.addProperty("is_bot", true);
        me.addProperty("first_name", "接待保障助手");
        me.addProperty("username", "reception_test_bot");
        me.addProperty("can_join_groups", true);
        me.addProperty("can_read_all_group_messages", !privacyOn);
        return me;
    }

    private JsonObject sent(Map<String, String> params) {
        JsonObject message = new JsonObject();
        message.addProperty("message_id", nextMessage.getAndIncrement());
        message.addProperty("date", System.currentTimeMillis() / 1000);
        JsonObject chat = new JsonObject();
        chat.addProperty("id", Long.parseLong(params.getOrDefault("chat_id", "0")));
        chat.addProperty("type", "supergroup");
        message.add("chat", chat);
        message.addProperty("text", params.getOrDefault("text", ""));
        return message;
    }

    /** Form parameters; of a multipart body, only its text parts. */
    private static Map<String, String> params(RecordedRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        if (request.getBody() == null) return params;
        String contentType = request.getHeaders().get("Content-Type");
        String body = request.getBody().utf8();
        if (contentType != null && contentType.startsWith("multipart/")) {
            for (String part : body.split("--" + contentType.replaceAll(".*boundary=", ""))) {
                int nameAt = part.indexOf("name=\"");
                int blank = part.indexOf("\r\n\r\n");
                if (nameAt < 0 || blank < 0 || part.substring(nameAt, blank).contains("filename=")) continue;
                String name = part.substring(nameAt + 6, part.indexOf('"', nameAt + 6));
                params.put(name, part.substring(blank + 4).replaceAll("\r\n$", ""));
            }
            return params;
        }
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.close();
    }

    // Updates as Telegram shapes them.

    public static JsonObject message(long chatId, int messageId, long userId, String firstName, String text) {
        JsonObject update = new JsonObject();
        update.add("message", messageBody(chatId, messageId, userId, firstName, text));
        return update;
    }

    public static JsonObject reply(long chatId, int messageId, long userId, String firstName, String text, int to) {
        JsonObject update = message(chatId, messageId, userId, firstName, text);
        JsonObject replied = messageBody(chatId, to, BOT_ID, "接待保障助手", "…");
        update.getAsJsonObject("message").add("reply_to_message", replied);
        return update;
    }

    public static JsonObject edited(long chatId, int messageId, long userId, String firstName, String text) {
        JsonObject body = messageBody(chatId, messageId, userId, firstName, text);
        body.addProperty("edit_date", System.currentTimeMillis() / 1000 + 1);
        JsonObject update = new JsonObject();
        update.add("edited_message", body);
        return update;
    }

    public static JsonObject press(long chatId, int botMessageId, long userId, String firstName, String data) {
        JsonObject query = new JsonObject();
        query.addProperty("id", "cb" + botMessageId + "-" + userId + "-" + data.hashCode());
        query.add("from", user(userId, firstName));
        query.add("message", messageBody(chatId, botMessageId, BOT_ID, "接待保障助手", "…"));
        query.addProperty("chat_instance", "ci" + chatId);
        query.addProperty("data", data);
        JsonObject update = new JsonObject();
        update.add("callback_query", query);
        return update;
    }

    /** The service message a group gets when it becomes a supergroup. */
    public static JsonObject migration(long fromChatId, int messageId, long toChatId) {
        JsonObject body = messageBody(fromChatId, messageId, 1, "管理员", null);
        body.remove("text");
        body.addProperty("migrate_to_chat_id", toChatId);
        JsonObject update = new JsonObject();
        update.add("message", body);
        return update;
    }

    private static JsonObject messageBody(long chatId, int messageId, long userId, String firstName, String text) {
        JsonObject message = new JsonObject();
        message.addProperty("message_id", messageId);
        message.addProperty("date", System.currentTimeMillis() / 1000);
        JsonObject chat = new JsonObject();
        chat.addProperty("id", chatId);
        chat.addProperty("type", chatId < -1_000_000_000_000L ? "supergroup" : "group");
        chat.addProperty("title", "接待工作群");
        message.add("chat", chat);
        message.add("from", user(userId, firstName));
        if (text != null) message.addProperty("text", text);
        return message;
    }

    private static JsonObject user(long userId, String firstName) {
        JsonObject user = new JsonObject();
        user.addProperty("id", userId);
        user.addProperty("is_bot", userId == BOT_ID);
        user.addProperty("first_name", firstName);
        return user;
    }
}
