package org.receptionbot.adapters.telegram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local server on a MockWebServer that speaks enough of the Bot API for the bot.
 *
 * <p>Updates offered by the test are served by {@code getUpdates} until a later offset confirms
 * them; {@code getMe}, {@code sendMessage} and {@code sendDocument} are answered like Telegram, other
 * methods with {@code true}. A test can line up other answers for a method ({@link #fail}) or for a
 * chat ({@link #lineUp}). Every call is recorded with its parameters, its file, the status it got
 * and the time of the given clock.
 */
public final class FakeBotApi implements AutoCloseable {
    /** The token the tests give the client; the server accepts any. */
    public static final String TOKEN = "123456:TEST-TOKEN";
    /** The bot's user id, as {@code getMe} tells it. */
    public static final long BOT_ID = 9000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private final MockWebServer server = new MockWebServer();
    private final Clock clock;
    private final List<ObjectNode> pending = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> byMethod = new HashMap<>();
    private final Map<String, Deque<MockResponse>> byChat = new HashMap<>();
    private int nextUpdate = 1;
    private int nextMessage = 50_000;
    private int confirmedBelow;
    private boolean privacyOn;

    /**
     * One call as the server received it: the method, its text parameters (JSON values as text), the
     * time of the server's clock, the file it carried (or null), and the status it was answered with.
     */
    public record Call(
            String method, Map<String, String> params, Instant at, String fileName, byte[] file, int status) {
        /** A text parameter, or null. */
        public String param(String name) {
            return params.get(name);
        }

        /** The {@code chat_id} parameter, or null. */
        public String chatId() {
            return params.get("chat_id");
        }

        /** The {@code text} parameter, or null. */
        public String text() {
            return params.get("text");
        }

        /** A JSON-valued parameter ({@code reply_parameters}, {@code reply_markup}, {@code reaction}), or null. */
        public JsonNode json(String name) {
            String value = params.get(name);
            return value == null ? null : JSON.readTree(value);
        }

        /** The message this one answers, from {@code reply_parameters}, or null. */
        public Integer replyToMessageId() {
            JsonNode reply = json("reply_parameters");
            return reply == null ? null : reply.get("message_id").asInt();
        }

        private boolean isMessage() {
            return method.equals("sendMessage") || method.equals("sendDocument");
        }

        private Call answered(int status) {
            return new Call(method, params, at, fileName, file, status);
        }
    }

    /** A server stamping its calls with the system clock. */
    public FakeBotApi() {
        this(Clock.systemUTC());
    }

    /** A server stamping its calls, and the dates of the messages it sends back, with {@code clock}. */
    public FakeBotApi(Clock clock) {
        this(clock, 0);
    }

    /** A server on that local port (0: any free port), stamping its calls with {@code clock}. */
    public FakeBotApi(Clock clock, int port) {
        this.clock = clock;
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return answer(request);
            }
        });
        try {
            server.start(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The base URL for {@code reception.telegram.api-url} / {@link TelegramSettings#apiUrl()}; the
     * client appends the token and the method.
     */
    public String apiUrl() {
        return server.url("/bot").toString();
    }

    /** From now on, {@code getMe} says the bot cannot read all group messages. */
    public synchronized void privacyOn() {
        privacyOn = true;
    }

    /** Offers an update (without its id) to {@code getUpdates}; returns the id it was given. */
    public synchronized int offer(ObjectNode update) {
        int id = nextUpdate++;
        update.put("update_id", id);
        pending.add(update);
        notifyAll();
        return id;
    }

    /** Updates with an id below this have been confirmed by the bot. */
    public synchronized int confirmedBelow() {
        return confirmedBelow;
    }

    /**
     * The next {@code times} calls of {@code method} are answered {@code status} with {@code body},
     * before any answer lined up for their chat.
     */
    public synchronized void fail(String method, int times, int status, String body) {
        Deque<MockResponse> queue = byMethod.computeIfAbsent(method, m -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) queue.add(BotApiAnswers.json(status, body));
    }

    /** Lines up answers for the next calls for that chat; after them, calls succeed again. */
    public synchronized FakeBotApi lineUp(String chatId, MockResponse... answers) {
        byChat.computeIfAbsent(chatId, c -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    /** Every call so far, in the order they arrived. */
    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls of one method so far. */
    public synchronized List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The calls answered with 200. */
    public synchronized List<Call> accepted() {
        return calls.stream().filter(c -> c.status() == 200).toList();
    }

    /** The messages (texts and files) accepted for a chat. */
    public synchronized List<Call> messagesTo(String chatId) {
        return calls.stream()
                .filter(c -> c.status() == 200 && c.isMessage() && chatId.equals(c.chatId()))
                .toList();
    }

    @Override
    public void close() {
        server.close();
    }

    private MockResponse answer(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        Call call = received(request, method);
        MockResponse lined;
        synchronized (this) {
            lined = next(byMethod.get(method));
            if (lined == null) lined = next(byChat.get(call.chatId()));
            calls.add(call.answered(lined == null ? 200 : lined.getCode()));
        }
        if (lined != null) return lined;
        JsonNode result;
        switch (method) {
            case "getUpdates":
                result = updates(call.params());
                break;
            case "getMe":
                result = me();
                break;
            case "sendMessage":
            case "sendDocument":
                result = sent(call.params());
                break;
            default:
                result = BooleanNode.TRUE;
        }
        ObjectNode body = NODES.objectNode().put("ok", true);
        body.set("result", result);
        return BotApiAnswers.json(200, body.toString());
    }

    private static MockResponse next(Deque<MockResponse> lined) {
        return lined == null ? null : lined.poll();
    }

    private synchronized ArrayNode updates(Map<String, String> params) throws InterruptedException {
        int offset = Integer.parseInt(params.getOrDefault("offset", "0"));
        confirmedBelow = Math.max(confirmedBelow, offset);
        pending.removeIf(u -> u.get("update_id").asInt() < offset);
        if (pending.isEmpty()) wait(200);
        int limit = Integer.parseInt(params.getOrDefault("limit", "100"));
        ArrayNode out = NODES.arrayNode();
        pending.stream().limit(limit).forEach(out::add);
        return out;
    }

    private synchronized ObjectNode me() {
        return NODES.objectNode()
                .put("id", BOT_ID)
                .put("is_bot", true)
                .put("first_name", "接待保障助手")
                .put("username", "reception_test_bot")
                .put("can_join_groups", true)
                .put("can_read_all_group_messages", !privacyOn);
    }

    private ObjectNode sent(Map<String, String> params) {
        ObjectNode message = NODES.objectNode();
        synchronized (this) {
            message.put("message_id", nextMessage++);
        }
        message.put("date", clock.instant().getEpochSecond());
        message.putObject("chat")
                .put("id", Long.parseLong(params.getOrDefault("chat_id", "0")))
                .put("type", "supergroup");
        if (params.containsKey("text")) message.put("text", params.get("text"));
        return message;
    }

    /** The call with its parameters and file, not yet answered. */
    private Call received(RecordedRequest request, String method) {
        Instant at = clock.instant();
        Map<String, String> params = new LinkedHashMap<>();
        String fileName = null;
        byte[] file = null;
        MediaType type = MediaType.parse(String.valueOf(request.getHeaders().get("Content-Type")));
        byte[] body =
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        if (type != null && type.subtype().equals("form-data")) {
            try (MultipartReader reader = new MultipartReader(new Buffer().write(body), type.parameter("boundary"))) {
                for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                    String disposition = part.headers().get("Content-Disposition");
                    Matcher partFile = FILE_NAME.matcher(disposition);
                    Matcher name = NAME.matcher(disposition);
                    if (partFile.find()) {
                        fileName = partFile.group(1);
                        file = part.body().readByteArray();
                    } else if (name.find()) {
                        params.put(name.group(1), part.body().readUtf8());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
        }
        return new Call(method, params, at, fileName, file, 0);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
