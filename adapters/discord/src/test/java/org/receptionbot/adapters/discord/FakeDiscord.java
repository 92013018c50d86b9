package org.receptionbot.adapters.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * A local Discord on a MockWebServer: the REST API under {@link #apiUrl()} and the gateway at
 * {@link #gatewayUrl()} (JSON, no compression), with one server (guild) of text channels.
 *
 * <p>The test says things in channels as people ({@link #say}), edits and deletes them, presses
 * buttons and uses slash commands; what is said goes into the channel's history too, and what is
 * said while no client is connected only there ({@link #sayWhileAway}). Everything the bot posts is
 * recorded ({@link #posted()}), as are the interaction callbacks and the slash commands it
 * registers. The server can answer 429s, refuse the token or refuse the intents (close code 4014).
 */
public final class FakeDiscord implements AutoCloseable {
    /** The token the tests give the client; the server accepts any unless told to refuse it. */
    public static final String TOKEN = "fake-discord-token";

    public static final long BOT_ID = 9000;
    public static final long GUILD = 1000;

    private static final Pattern MESSAGES = Pattern.compile("/api/v10/channels/(\\d+)/messages");
    private static final Pattern MESSAGE = Pattern.compile("/api/v10/channels/(\\d+)/messages/(\\d+)");
    private static final Pattern REACTION =
            Pattern.compile("/api/v10/channels/(\\d+)/messages/(\\d+)/reactions/([^/]+)/@me");
    private static final Pattern COMMANDS = Pattern.compile("/api/v10/applications/\\d+/guilds/(\\d+)/commands");
    private static final Pattern CALLBACK = Pattern.compile("/api/v10/interactions/(\\d+)/([^/]+)/callback");
    private static final Pattern FOLLOW_UP = Pattern.compile("/api/v10/webhooks/\\d+/token-(\\d+)");
    private static final Pattern ORIGINAL = Pattern.compile("/api/v10/webhooks/\\d+/([^/]+)/messages/@original");

    /** A message the bot posted: its channel, id, text, the message it answers (or null), its buttons and files. */
    public record Posted(
            long channel,
            long id,
            String content,
            String replyTo,
            DataArray components,
            DataObject allowedMentions,
            Instant at,
            List<Upload> files) {
        /** The custom ids of its buttons, in order. */
        public List<String> buttonIds() {
            List<String> ids = new ArrayList<>();
            for (int r = 0; r < components.length(); r++) {
                DataArray row = components.getObject(r).getArray("components");
                for (int b = 0; b < row.length(); b++) ids.add(row.getObject(b).getString("custom_id"));
            }
            return ids;
        }
    }

    /** A file attached to a posted message: its name and bytes. */
    public record Upload(String fileName, byte[] content) {}

    /** A follow-up message of an interaction: its text and flags (64: only the user who interacted sees it). */
    public record FollowUp(String interactionId, String content, int flags) {
        public boolean ephemeral() {
            return (flags & 64) != 0;
        }
    }

    /** An interaction callback: the interaction, its callback type (6: deferred update) and when it came. */
    public record Callback(String interactionId, int type, Instant at) {}

    private final MockWebServer server = new MockWebServer();
    private final Map<Long, List<DataObject>> history = new ConcurrentHashMap<>();
    private final Map<String, DataObject> originals = new ConcurrentHashMap<>();
    private final Map<String, String> interactionChannel = new ConcurrentHashMap<>();
    private final Map<String, DataObject> interactions = new ConcurrentHashMap<>();
    private final List<Posted> posted = new CopyOnWriteArrayList<>();
    private final List<Callback> callbacks = new CopyOnWriteArrayList<>();
    private final List<FollowUp> followUps = new CopyOnWriteArrayList<>();
    private final List<Long> reacted = new CopyOnWriteArrayList<>();
    private final List<String> tooManyAnswered = new CopyOnWriteArrayList<>();
    private final AtomicInteger tooMany = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger identified = new AtomicInteger();
    private volatile boolean failing;
    private volatile int retryAfterSeconds = 1;
    private volatile DataArray commands;
    private volatile boolean refuseToken;
    private volatile boolean refuseIntent;
    private volatile FakeGateway gateway;
    private volatile int lastIntents = -1;

    /** A server with these text channels. */
    public FakeDiscord(long... channels) {
        this(0, channels);
    }

    /** A server on that local port (0: any free port) with these text channels. */
    public FakeDiscord(int port, long... channels) {
        for (long c : channels) history.put(c, new CopyOnWriteArrayList<>());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return answer(request);
            }
        });
        try {
            server.start(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String apiUrl() {
        return server.url("/api/v10/").toString();
    }

    public String gatewayUrl() {
        return "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway";
    }

    // ---- what people do ----

    /** {@code name} (user {@code user}) says {@code text} in the channel; returns the message id. */
    public long say(long channel, long user, String name, String text) {
        return reply(channel, user, name, text, 0);
    }

    /** As {@link #say}, in reply to message {@code replyTo}. */
    public long reply(long channel, long user, String name, String text, long replyTo) {
        DataObject message = newMessage(channel, DiscordJson.user(user, name, false), text, replyTo);
        dispatch("MESSAGE_CREATE", message);
        return message.getLong("id");
    }

    /** Said while the bot is not connected: only the history has it. */
    public long sayWhileAway(long channel, long user, String name, String text) {
        return newMessage(channel, DiscordJson.user(user, name, false), text, 0).getLong("id");
    }

    public void edit(long channel, long id, String text) {
        DataObject message = find(channel, id);
        message.put("content", text).put("edited_timestamp", DiscordJson.timestamp(Instant.now()));
        dispatch("MESSAGE_UPDATE", message);
    }

    public void delete(long channel, long id) {
        history.get(channel).removeIf(m -> m.getLong("id") == id);
        dispatch(
                "MESSAGE_DELETE",
                DataObject.empty()
                        .put("id", Long.toString(id))
                        .put("channel_id", Long.toString(channel))
                        .put("guild_id", Long.toString(GUILD)));
    }

    /** {@code user} presses the button {@code customId} under the bot's message; returns the interaction id. */
    public String press(long channel, long messageId, long user, String name, String customId) {
        DataObject data = DataObject.empty().put("custom_id", customId).put("component_type", 2);
        DataObject interaction =
                DiscordJson.interaction(BOT_ID, GUILD, channel, DiscordJson.user(user, name, false), 3, data);
        interaction.put("message", find(channel, messageId));
        interactions.put(interaction.getString("id"), interaction);
        dispatch("INTERACTION_CREATE", interaction);
        return interaction.getString("id");
    }

    /** Delivers the interaction {@code id} again, as Discord may. */
    public void deliverAgain(String id) {
        dispatch("INTERACTION_CREATE", interactions.get(id));
    }

    /** {@code user} uses the slash command {@code name}, with its words or null. */
    public String slash(long channel, long user, String userName, String command, String words) {
        DataArray options = DataArray.empty();
        if (words != null) {
            options.add(DataObject.empty()
                    .put("name", SlashCommands.WORDS)
                    .put("type", 3)
                    .put("value", words));
        }
        DataObject data = DataObject.empty()
                .put("id", Long.toString(DiscordJson.snowflake()))
                .put("name", command)
                .put("type", 1)
                .put("options", options);
        DataObject interaction =
                DiscordJson.interaction(BOT_ID, GUILD, channel, DiscordJson.user(user, userName, false), 2, data);
        interactionChannel.put(interaction.getString("id"), Long.toString(channel));
        dispatch("INTERACTION_CREATE", interaction);
        return interaction.getString("id");
    }

    // ---- how the server behaves ----

    /** The next {@code times} messages the bot posts are answered 429, retry after {@code seconds}. */
    public void answerTooMany(int times, int seconds) {
        retryAfterSeconds = seconds;
        tooMany.set(times);
    }

    /** While true, every message the bot posts is answered 500. */
    public void failPosts(boolean failing) {
        this.failing = failing;
    }

    /** From now on, the token is refused (401). */
    public void refuseToken() {
        refuseToken = true;
    }

    /** From now on, IDENTIFY is answered with close code 4014 (the privileged intent is not enabled). */
    public void refuseIntent() {
        refuseIntent = true;
    }

    /** Drops the bot's gateway connection; the bot connects again, and Discord does not resume the session. */
    public void dropConnection() {
        FakeGateway g = gateway;
        gateway = null;
        if (g != null) g.drop();
    }

    // ---- what the bot did ----

    public List<Posted> posted() {
        return List.copyOf(posted);
    }

    public List<Posted> posted(long channel) {
        return posted.stream().filter(p -> p.channel() == channel).toList();
    }

    /** The messages the bot put a reaction on, in order (repeats included). */
    public List<Long> reacted() {
        return List.copyOf(reacted);
    }

    public List<FollowUp> followUps() {
        return List.copyOf(followUps);
    }

    public List<Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** When each 429 was answered, as the request's time. */
    public List<String> tooManyAnswered() {
        return List.copyOf(tooManyAnswered);
    }

    /** How many messages were answered 500. */
    public int serverErrors() {
        return serverErrors.get();
    }

    /** How many gateway sessions were opened (IDENTIFY answered with READY). */
    public int gatewaySessions() {
        return identified.get();
    }

    /** The slash commands registered for the server, or null. */
    public DataArray commands() {
        return commands;
    }

    /** The intents of the last IDENTIFY, or -1. */
    public int intents() {
        return lastIntents;
    }

    public boolean connected() {
        return gateway != null;
    }

    // ---- the server ----

    private DataObject newMessage(long channel, DataObject author, String text, long replyTo) {
        List<DataObject> messages = history.get(channel);
        if (messages == null) throw new IllegalArgumentException("no channel " + channel);
        DataObject message = DiscordJson.message(GUILD, channel, DiscordJson.snowflake(), author, text, replyTo);
        messages.add(message);
        return message;
    }

    private DataObject find(long channel, long id) {
        return history.get(channel).stream()
                .filter(m -> m.getLong("id") == id)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message " + id + " in channel " + channel));
    }

    private void dispatch(String type, DataObject data) {
        FakeGateway g = gateway;
        if (g == null) throw new IllegalStateException("the bot is not connected");
        g.dispatch(type, () -> data);
    }

    private final FakeGateway.Server gatewayServer = new FakeGateway.Server() {
        @Override
        public boolean refusesIntent() {
            return refuseIntent;
        }

        @Override
        public DataObject selfUser() {
            return DiscordJson.user(BOT_ID, "接待保障助手", true);
        }

        @Override
        public DataObject guild() {
            DataArray channels = DataArray.empty();
            history.forEach((id, messages) -> channels.add(DiscordJson.channel(
                    GUILD,
                    id,
                    "channel-" + id,
                    messages.isEmpty() ? 0 : messages.get(messages.size() - 1).getLong("id"))));
            return DiscordJson.guild(GUILD, channels, DiscordJson.member(selfUser()));
        }

        @Override
        public String resumeUrl() {
            return gatewayUrl();
        }

        @Override
        public void connected(FakeGateway g) {
            lastIntents = g.intents();
            identified.incrementAndGet();
            gateway = g;
        }
    };

    private MockResponse answer(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        String method = request.getMethod();
        if (path.equals("/gateway")) {
            gateway = null;
            return new MockResponse.Builder()
                    .webSocketUpgrade(new FakeGateway(gatewayServer))
                    .build();
        }
        if (refuseToken)
            return json(
                    401, DataObject.empty().put("message", "401: Unauthorized").put("code", 0));
        if (path.equals("/api/v10/users/@me")) return json(200, gatewayServer.selfUser());
        Matcher m;
        if ((m = REACTION.matcher(path)).matches() && method.equals("PUT")) {
            reacted.add(Long.parseLong(m.group(2)));
            return new MockResponse.Builder().code(204).build();
        }
        if ((m = MESSAGES.matcher(path)).matches()) {
            long channel = Long.parseLong(m.group(1));
            if (method.equals("POST")) {
                Multipart multipart = Multipart.of(request);
                return post(channel, multipart.payload(), multipart.files());
            }
            return history(
                    channel,
                    request.getUrl().queryParameter("after"),
                    request.getUrl().queryParameter("limit"));
        }
        if ((m = COMMANDS.matcher(path)).matches() && method.equals("PUT"))
            return commands(DataArray.fromJson(request.getBody().utf8()));
        if ((m = CALLBACK.matcher(path)).matches()) return callback(m.group(1), m.group(2), body(request));
        if ((m = FOLLOW_UP.matcher(path)).matches() && method.equals("POST"))
            return followUp(m.group(1), Multipart.of(request).payload());
        if ((m = ORIGINAL.matcher(path)).matches() && originals.containsKey(m.group(1))) {
            return json(200, originals.get(m.group(1)));
        }
        return json(
                404,
                DataObject.empty()
                        .put("message", "Unknown " + method + " " + path)
                        .put("code", 0));
    }

    private MockResponse post(long channel, DataObject body, List<Upload> files) {
        if (!history.containsKey(channel))
            return json(
                    404, DataObject.empty().put("message", "Unknown Channel").put("code", 10003));
        if (failing) {
            serverErrors.incrementAndGet();
            return json(
                    500,
                    DataObject.empty()
                            .put("message", "500: Internal Server Error")
                            .put("code", 0));
        }
        if (tooMany.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            tooManyAnswered.add(Instant.now().toString());
            return new MockResponse.Builder()
                    .code(429)
                    .addHeader("Content-Type", "application/json")
                    .addHeader("Retry-After", retryAfterSeconds)
                    .addHeader("X-RateLimit-Limit", 5)
                    .addHeader("X-RateLimit-Remaining", 0)
                    .addHeader("X-RateLimit-Reset-After", retryAfterSeconds)
                    .addHeader("X-RateLimit-Bucket", "fake-bucket")
                    .addHeader("X-RateLimit-Scope", "user")
                    .addHeader("Via", "1.1 google") // without it, JDA takes a 429 for a Cloudflare ban
                    .body(DataObject.empty()
                            .put("message", "You are being rate limited.")
                            .put("retry_after", retryAfterSeconds)
                            .put("global", false)
                            .toString())
                    .build();
        }
        String replyTo = body.optObject("message_reference")
                .map(r -> r.getString("message_id", null))
                .orElse(null);
        DataObject message = newMessage(
                channel,
                gatewayServer.selfUser(),
                body.getString("content", ""),
                replyTo == null ? 0 : Long.parseLong(replyTo));
        DataArray components = body.optArray("components").orElseGet(DataArray::empty);
        message.put("components", components);
        posted.add(new Posted(
                channel,
                message.getLong("id"),
                message.getString("content"),
                replyTo,
                components,
                body.optObject("allowed_mentions").orElse(null),
                Instant.now(),
                files));
        return json(200, message);
    }

    private MockResponse followUp(String interaction, DataObject body) {
        FollowUp followUp = new FollowUp(interaction, body.getString("content", ""), body.getInt("flags", 0));
        followUps.add(followUp);
        long channel = interactions.containsKey(interaction)
                ? interactions.get(interaction).getLong("channel_id")
                : Long.parseLong(interactionChannel.getOrDefault(interaction, "0"));
        DataObject message = DiscordJson.message(
                GUILD, channel, DiscordJson.snowflake(), gatewayServer.selfUser(), followUp.content(), 0);
        return json(200, message.put("flags", followUp.flags()).put("webhook_id", Long.toString(BOT_ID)));
    }

    private MockResponse history(long channel, String after, String limit) {
        List<DataObject> messages = history.get(channel);
        if (messages == null)
            return json(
                    404, DataObject.empty().put("message", "Unknown Channel").put("code", 10003));
        long from = after == null ? 0 : Long.parseLong(after);
        int most = limit == null ? 50 : Integer.parseInt(limit);
        DataArray page = DataArray.empty();
        messages.stream()
                .filter(msg -> msg.getLong("id") > from)
                .sorted(Comparator.comparingLong(msg -> msg.getLong("id")))
                .limit(most)
                .sorted(Comparator.comparingLong((DataObject msg) -> msg.getLong("id"))
                        .reversed()) // newest first, as Discord
                .forEach(page::add);
        return json(200, page);
    }

    private MockResponse commands(DataArray body) {
        DataArray registered = DataArray.empty();
        for (int i = 0; i < body.length(); i++) {
            registered.add(body.getObject(i)
                    .put("id", Long.toString(DiscordJson.snowflake()))
                    .put("application_id", Long.toString(BOT_ID))
                    .put("guild_id", Long.toString(GUILD))
                    .put("version", "1")
                    .put("default_member_permissions", null)
                    .put("type", body.getObject(i).getInt("type", 1)));
        }
        commands = registered;
        return json(200, registered);
    }

    private MockResponse callback(String interaction, String token, DataObject body) {
        int type = body.getInt("type");
        callbacks.add(new Callback(interaction, type, Instant.now()));
        if (type != 4) return new MockResponse.Builder().code(204).build();
        DataObject data = body.getObject("data");
        long channel = Long.parseLong(interactionChannel.getOrDefault(interaction, "0"));
        DataObject message = newMessage(channel, gatewayServer.selfUser(), data.getString("content", ""), 0);
        originals.put(token, message);
        return json(
                200,
                DataObject.empty()
                        .put(
                                "interaction",
                                DataObject.empty().put("id", interaction).put("type", 2))
                        .put("resource", DataObject.empty().put("type", 4).put("message", message)));
    }

    private static DataObject body(RecordedRequest request) {
        return DataObject.fromJson(request.getBody().utf8());
    }

    private static MockResponse json(int code, Object body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body.toString())
                .build();
    }

    @Override
    public void close() {
        FakeGateway g = gateway;
        if (g != null) g.close();
        server.close();
    }
}
