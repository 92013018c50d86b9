package org.receptionbot.adapters.telegram;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Bot API server on a MockWebServer: answers sendMessage, sendDocument and setMessageReaction like
 * Telegram, or with the answers a test lined up for a chat, and records every call with the test
 * clock's time.
 */
final class FakeTelegram implements AutoCloseable {
    static final String TOKEN = "123456:test-token";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** One call as the server received it. */
    record Call(String method, Map<String, String> params, Instant at, String fileName, byte[] file, int status) {
        String chatId() {
            return params.get("chat_id");
        }

        String text() {
            return params.get("text");
        }

        boolean message() {
            return method.equals("sendMessage") || method.equals("sendDocument");
        }

        /** A JSON-valued parameter (reply_parameters, reply_markup, reaction), or null. */
        JsonNode json(String name) {
            String value = params.get(name);
            return value == null ? null : JSON.readTree(value);
        }

        Integer replyToMessageId() {
            JsonNode reply = json("reply_parameters");
            return reply == null ? null : reply.get("message_id").asInt();
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final Clock clock;
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Deque<MockResponse>> lined = new HashMap<>();
    private final AtomicInteger messageIds = new AtomicInteger(1000);

    FakeTelegram(Clock clock) throws IOException {
        this.clock = clock;
        server.setServerSocketFactory(new NoDelayServerSockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        server.start();
    }

    /** The apiUrl for pengrad, which appends the token and the method. */
    String apiUrl() {
        return server.url("/bot").toString();
    }

    /** Lines up answers for the next calls for that chat; after them, calls succeed again. */
    synchronized FakeTelegram lineUp(String chatId, MockResponse... answers) {
        lined.computeIfAbsent(chatId, c -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The calls Telegram accepted. */
    synchronized List<Call> accepted() {
        return calls.stream().filter(c -> c.status() == 200).toList();
    }

    /** The messages (texts and files) Telegram accepted for a chat. */
    synchronized List<Call> messagesTo(String chatId) {
        return calls.stream()
                .filter(c -> c.status() == 200 && c.message() && chatId.equals(c.chatId()))
                .toList();
    }

    private synchronized MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String method = path.substring(path.lastIndexOf('/') + 1);
        Map<String, String> params = new LinkedHashMap<>();
        String[] file = new String[1];
        byte[][] bytes = new byte[1][];
        try {
            parse(request, params, file, bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String chatId = params.get("chat_id");
        Deque<MockResponse> next = lined.get(chatId);
        MockResponse response = next == null || next.isEmpty() ? ok(chatId) : next.poll();
        calls.add(new Call(method, params, clock.instant(), file[0], bytes[0], response.getCode()));
        return response;
    }

    private MockResponse ok(String chatId) {
        String result = "{\"message_id\":" + messageIds.incrementAndGet() + ",\"date\":"
                + clock.instant().getEpochSecond() + ",\"chat\":{\"id\":" + chatId + ",\"type\":\"supergroup\"}}";
        return json(200, "{\"ok\":true,\"result\":" + result + "}");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    static MockResponse tooManyRequests(int retryAfter) {
        return json(
                429,
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after " + retryAfter
                        + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}");
    }

    static MockResponse error(int code, String description) {
        return json(code, "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\"}");
    }

    static MockResponse migrated(long to) {
        return json(
                400,
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat was upgraded to a"
                        + " supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":" + to + "}}");
    }

    /** What a proxy in front of Telegram says when Telegram does not answer. */
    static MockResponse badGatewayPage() {
        return new MockResponse.Builder()
                .code(502)
                .setHeader("Content-Type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                .build();
    }

    private static void parse(RecordedRequest request, Map<String, String> params, String[] file, byte[][] bytes)
            throws IOException {
        MediaType type = MediaType.parse(String.valueOf(request.getHeaders().get("Content-Type")));
        byte[] body =
                request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        if (type != null && type.subtype().equals("form-data")) {
            try (MultipartReader reader = new MultipartReader(new Buffer().write(body), type.parameter("boundary"))) {
                for (MultipartReader.Part part = reader.nextPart(); part != null; part = reader.nextPart()) {
                    Headers headers = part.headers();
                    String disposition = headers.get("Content-Disposition");
                    Matcher name = NAME.matcher(disposition);
                    name.find();
                    Matcher fileName = FILE_NAME.matcher(disposition);
                    if (fileName.find()) {
                        file[0] = fileName.group(1);
                        bytes[0] = part.body().readByteArray();
                    } else {
                        params.put(name.group(1), part.body().readUtf8());
                    }
                }
            }
            return;
        }
        String form = new String(body, StandardCharsets.UTF_8);
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            params.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * Accepts connections without Nagle's algorithm, or on loopback each answer written in two
     * pieces waits for the client's delayed ACK (40 ms).
     */
    private static final class NoDelayServerSockets extends ServerSocketFactory {
        @Override
        public ServerSocket createServerSocket() throws IOException {
            return new ServerSocket() {
                @Override
                public Socket accept() throws IOException {
                    Socket socket = super.accept();
                    socket.setTcpNoDelay(true);
                    return socket;
                }
            };
        }

        @Override
        public ServerSocket createServerSocket(int port) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(port));
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(port), backlog);
            return socket;
        }

        @Override
        public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
            ServerSocket socket = createServerSocket();
            socket.bind(new InetSocketAddress(address, port), backlog);
            return socket;
        }
    }
}
